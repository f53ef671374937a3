// The target is `FROM <builder stage>`: it inherits everything the builder installed and compiled.

import { defineRule } from './define.ts';
import { compileRuns, stageLabel } from './lib/stages.ts';

/** `FROM build AS final`: multi-stage in name only; the compilers and sources are still in the image. */
export default defineRule({
  id: 'final-stage-from-builder',
  severity: 'warning',
  title: 'Final stage built FROM the builder',
  description: 'The final stage starts FROM a stage that compiles the artifact, so it inherits that stage\'s compilers, caches and sources; copy the artifact into a fresh runtime base instead.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: null },
  check({ target, finalChain, report }) {
    if (!target || target.base.kind !== 'stage') return;
    const builder = finalChain.slice(1).find((s) => compileRuns(s).length > 0);
    if (!builder) return;
    const line = compileRuns(builder)[0].instruction.range.line;
    report(
      target.baseRange,
      `The final stage starts FROM ${stageLabel(builder)}, which builds on line ${line}: everything that stage installed and compiled (toolchain, caches, sources) ships in this image too. Start the final stage from a runtime base (FROM <runtime image>) and COPY --from=${target.baseRef} only the built artifact.`,
    );
  },
});
