// `COPY --from=$VAR`: BuildKit does not expand variables in --from.

import { defineRule } from './define.ts';

/**
 * BuildKit refuses variables in `--from` ("variable expansion is not supported for --from",
 * moby/buildkit#6153); older versions tried to pull an image literally named `$VAR`.
 */
export default defineRule({
  id: 'copy-from-variable',
  severity: 'error',
  title: 'Variable in COPY --from',
  description: 'COPY --from=$VAR: BuildKit does not expand variables in --from, so the build fails.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, report }) {
    for (const stage of model.stages)
      for (const copy of stage.copies) {
        if (copy.source.kind !== 'unknown' || copy.source.reason !== 'variable' || !copy.fromRange) continue;
        report(
          copy.fromRange,
          `BuildKit does not expand variables in --from: the build fails with "variable expansion is not supported for --from". Declare the ARG before the first FROM, add a stage "FROM \${VAR} AS source", and copy --from=source.`,
        );
      }
  },
});
