// `COPY --from=N` with no stage N before this one.

import { defineRule } from './define.ts';

/** Numeric `--from` counts stages from 0; an index past the last stage fails the build. */
export default defineRule({
  id: 'copy-from-index-out-of-range',
  severity: 'error',
  title: 'COPY --from index has no stage',
  description: 'COPY --from=N with a number that matches no earlier stage: stage indexes start at 0, so the build fails.',
  category: 'multi-stage',
  equivalent: { hadolint: 'DL3022', buildkit: null },
  check({ model, report }) {
    for (const stage of model.stages)
      for (const copy of stage.copies) {
        if (copy.source.kind !== 'unknown' || !copy.fromRange || !copy.from) continue;
        const { reason } = copy.source;
        if (reason !== 'index-out-of-range' && !(reason === 'later-stage' && /^\d+$/.test(copy.from))) continue;
        const n = Number(copy.from);
        const exists = n < model.stages.length;
        const last = stage.index - 1;
        report(
          copy.fromRange,
          exists
            ? `--from=${n} is stage ${n}, which comes after this one: numeric --from must name an earlier stage (stages are numbered from 0 in order), so the build fails. Give the stage a name with AS and copy --from=<name>.`
            : `There is no stage ${n}: stages are numbered from 0 and this Dockerfile has ${model.stages.length} (${last >= 0 ? `0–${last} come before this line` : 'none before this line'}), so docker build fails ("invalid stage index"). Name the source stage with AS and use --from=<name>.`,
        );
      }
  },
});
