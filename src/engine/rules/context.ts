// Builds what every rule needs once per check: the target, the stages it reaches, the default run.

import type { DockerfileModel, Stage } from '../types.ts';
import { simulate, targetStage } from '../simulate.ts';
import type { RuleContext } from './define.ts';
import { indexHeredocs } from './lib/stages.ts';

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

/** Everything but `report`, which the caller binds per rule. */
export function ruleContext(model: DockerfileModel, targetName?: string): Omit<RuleContext, 'report'> {
  const target = targetStage(model, targetName);
  indexHeredocs(model);
  return { model, target, reachable: reachableStages(model, target), finalChain: fromChain(model, target), run: simulate(model, { target: targetName }) };
}
