// Everything a goal check needs, computed once per graded Dockerfile: the model, the final stage
// and its FROM chain, memoised `docker run` simulations and the exercise's build context.

import type { DockerfileModel, RunResult, Stage } from '../types.ts';
import { simulate, targetStage } from '../simulate.ts';
import { fromChain, reachableStages } from '../rules/context.ts';
import { tracePath, type Trace } from './trace.ts';
import { goBuilds, goOutputEntries, type GoBuild } from './go-build.ts';

export interface GoalContext {
  model: DockerfileModel;
  /** The stage `docker build` produces without --target (the last one); undefined without FROM. */
  final: Stage | undefined;
  /** The final stage and its FROM ancestors (final first): their instructions shape the image. */
  chain: Stage[];
  /** Stages BuildKit builds for the final image (FROM parents and COPY --from sources). */
  reachable: Stage[];
  /** Paths of the exercise's build-context files (relative, `/`-separated). */
  contextFiles: string[];
  /** Contents of the build-context files by path. */
  context: Record<string, string>;
  /** `docker run IMAGE ...args` against the final stage (or `target`), memoised. */
  run(args?: string[], target?: string): RunResult;
  /** Provenance of absolute `path` in `stage` (default: the final stage), Go default outputs included. */
  trace(path: string, stage?: Stage): Trace | null;
  /** Every `go build` / `go install` in the Dockerfile (memoised). */
  goBuilds(): GoBuild[];
}

/** Build the goal context for `model` and the exercise's build context. */
export function goalContext(model: DockerfileModel, context: Record<string, string>): GoalContext {
  const final = targetStage(model);
  const cache = new Map<string, RunResult>();
  let builds: GoBuild[] | null = null;
  let extra: ReturnType<typeof goOutputEntries> | null = null;
  const getBuilds = () => (builds ??= goBuilds(model, context));
  const contextSet = new Set(Object.keys(context));
  return {
    model,
    final,
    chain: fromChain(model, final),
    reachable: reachableStages(model, final),
    contextFiles: Object.keys(context),
    context,
    run(args = [], target) {
      const key = JSON.stringify([target ?? null, args]);
      let r = cache.get(key);
      if (!r) {
        r = simulate(model, { args, ...(target !== undefined ? { target } : {}) });
        cache.set(key, r);
      }
      return r;
    },
    trace(path, stage = final) {
      if (!stage) return null;
      extra ??= goOutputEntries(getBuilds());
      return tracePath(model, stage, path, extra, 0, contextSet);
    },
    goBuilds: getBuilds,
  };
}

/** Name a stage for messages: `"builder"` or `stage 0`. */
export function stageLabel(s: Stage): string {
  return s.nameAsWritten ? `"${s.nameAsWritten}"` : `stage ${s.index}`;
}

/** The stage's FROM reference for messages, e.g. `python:3.12-slim` or `scratch`. */
export function baseLabel(s: Stage): string {
  return s.base.kind === 'stage' ? `${s.baseRef} (an earlier stage)` : s.baseRef || 'scratch';
}
