// Builds what every rule needs once per check: the target, the stages it reaches, the default run.

import type { DockerfileModel } from '../types.ts';
import { reachableStages, fromChain } from '../stages.ts';
import { simulate, targetStage } from '../simulate.ts';
import type { RuleContext } from './define.ts';
import { indexHeredocs } from './lib/stages.ts';

export { reachableStages, fromChain } from '../stages.ts';

/** Everything but `report`, which the caller binds per rule. */
export function ruleContext(model: DockerfileModel, targetName?: string): Omit<RuleContext, 'report'> {
  const target = targetStage(model, targetName);
  indexHeredocs(model);
  return { model, target, reachable: reachableStages(model, target), finalChain: fromChain(model, target), run: simulate(model, { target: targetName, assumeBuilds: true }) };
}
