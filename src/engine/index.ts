// The engine's public API: one pure module shared by the CLI, the site's Web Worker and graders.

import type { DockerfileModel, RunOptions, RunResult } from './types.ts';
import { analyze } from './model.ts';
import { simulate } from './simulate.ts';

export type * from './types.ts';
export { analyze } from './model.ts';
export { simulate, targetStage, rootRef, shellSplit } from './simulate.ts';
export { parseRunArgs, formatArgv, formatRunCommand } from './run-args.ts';

/** Analyze `text` and simulate `docker run` with `opts`. Never throws. */
export function resolve(text: string, opts: RunOptions = {}): RunResult {
  return simulate(analyze(text), opts);
}

/** Analyze once, simulate several runs (the site's simulator panel). */
export function resolveMany(text: string, runs: RunOptions[]): { model: DockerfileModel; results: RunResult[] } {
  const model = analyze(text);
  return { model, results: runs.map((r) => simulate(model, r)) };
}
