// `COPY --from=<this stage>`: a stage cannot read its own result while it is being built.

import { defineRule } from './define.ts';

/** `FROM x AS build` … `COPY --from=build`: the build fails ("circular dependency" / "refers to current build stage"). */
export default defineRule({
  id: 'copy-from-self',
  severity: 'error',
  title: 'COPY --from names its own stage',
  description: 'COPY --from names the stage it is written in, by name or index; a stage cannot copy from itself, so the build fails.',
  category: 'multi-stage',
  equivalent: { hadolint: 'DL3023', buildkit: null },
  check({ model, report }) {
    for (const stage of model.stages)
      for (const copy of stage.copies) {
        if (copy.source.kind !== 'unknown' || copy.source.reason !== 'self' || !copy.fromRange) continue;
        const others = model.stages.filter((s) => s.index < stage.index).map((s) => s.nameAsWritten ?? String(s.index));
        report(
          copy.fromRange,
          `--from=${copy.from} is the stage this COPY is in: a stage cannot copy from itself, so docker build fails (BuildKit: "circular dependency detected on stage"; the classic builder: "refers to current build stage"). ${
            others.length ? `Name the stage that produced the file (${others.join(', ')}), or use a plain COPY for files from the build context.` : 'Copy from the build context (drop --from) or from an earlier stage.'
          }`,
        );
      }
  },
});
