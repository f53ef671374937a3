// A stage that neither is the target nor feeds it: BuildKit skips it, so its work is dead code.

import { defineRule } from './define.ts';
import { compileRuns, stageLabel } from './lib/stages.ts';
import { fromChain, mountSources } from '../stages.ts';
import type { DockerfileModel, Stage } from '../types.ts';

/** Whether `a` and `b` are built FROM a common stage (`FROM base AS worker`, `FROM base AS web`). */
function sharesBase(model: DockerfileModel, a: Stage, b: Stage): boolean {
  const ancestors = new Set(fromChain(model, b).slice(1).map((s) => s.index));
  return fromChain(model, a).slice(1).some((s) => ancestors.has(s.index));
}

/** Names that mark a stage meant to be built on its own with --target (tests, linting, dev images). */
const ALT_TARGET = /^(test|tests|testing|unit-?tests?|lint|check|ci|dev|develop|development|debug|local|docs?|bench|e2e|integration)([-_.].*)?$/;

/**
 * BuildKit builds only the stages the target needs (SEMANTICS.md). Checked only for the default
 * target: with an explicit --target, the stages after it are other targets.
 */
export default defineRule({
  id: 'unused-stage',
  severity: 'warning',
  title: 'Unused stage',
  description: 'A stage that is not the target, not a FROM base and not a COPY --from or RUN --mount from= source: BuildKit skips it, so its work never reaches the image.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, reachable, report }) {
    if (!target || target !== model.stages[model.stages.length - 1]) return;
    const used = new Set(reachable.map((s) => s.index));
    for (const stage of model.stages) {
      if (used.has(stage.index)) continue;
      if (stage.name && ALT_TARGET.test(stage.name)) continue;
      // A stage that sets its own CMD/ENTRYPOINT is a runnable image: another target of a multi-target
      // Dockerfile (Compose `build.target: worker`), not dead code. A builder that compiles and has a
      // leftover CMD, on its own base, is still the forgotten `COPY --from` it looks like.
      const runnable = stage.name && stage.commands.some((c) => c.keyword === 'CMD' || c.keyword === 'ENTRYPOINT');
      if (runnable && (sharesBase(model, stage, target) || !fromChain(model, stage).some((s) => compileRuns(s).length))) continue;
      // Another stage FROM or --from it (outside the target's tree) counts as use for a --target build.
      const feeds = model.stages.some((s) => (s.base.kind === 'stage' && s.base.stage === stage.index) || s.copies.some((c) => c.source.kind === 'stage' && c.source.stage === stage.index) || mountSources(model, s).includes(stage));
      if (feeds) continue;
      report(
        stage.nameRange ?? stage.baseRange,
        `Stage ${stageLabel(stage)} is not used: the final stage neither starts FROM it nor copies --from it, so BuildKit skips it and nothing it does reaches the image. Copy its output with COPY --from=${stage.name ?? stage.index} …, or delete it${stage.name ? ` (or build it on purpose with --target ${stage.name})` : ''}.`,
      );
    }
  },
});
