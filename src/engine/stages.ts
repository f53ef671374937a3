// Which stages a build needs: BuildKit builds only the target's FROM chain and the stages its
// COPY --from instructions read, transitively (unused stages are skipped, even broken ones).

import type { DockerfileModel, Stage } from './types.ts';

/** Stages BuildKit builds for `target`: FROM parents and COPY --from sources, transitively. */
export function reachableStages(model: DockerfileModel, target: Stage | undefined): Stage[] {
  if (!target) return [];
  const seen = new Set<number>();
  const visit = (s: Stage) => {
    if (seen.has(s.index)) return;
    seen.add(s.index);
    if (s.base.kind === 'stage') visit(model.stages[s.base.stage]);
    for (const c of s.copies) if (c.source.kind === 'stage') visit(model.stages[c.source.stage]);
  };
  visit(target);
  return model.stages.filter((s) => seen.has(s.index));
}

/** The target and its FROM ancestors, target first. */
export function fromChain(model: DockerfileModel, target: Stage | undefined): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<number>();
  let s = target;
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    chain.push(s);
    s = s.base.kind === 'stage' ? model.stages[s.base.stage] : undefined;
  }
  return chain;
}
