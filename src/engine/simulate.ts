// Simulates what a container runtime executes for `docker run [--entrypoint X] IMAGE [args]`,
// a Kubernetes container's command/args, or a Compose service's entrypoint/command.
// Source: Docker reference (ENTRYPOINT/CMD interaction, docker run --entrypoint), Kubernetes
// "Define a Command and Arguments for a Container", Compose file reference; SEMANTICS.md.

import type { DockerfileModel, Origin, RunOptions, RunResult, Stage, TokenOrigin } from './types.ts';
import { reachableStages } from './stages.ts';
import { emptyConfig } from './fold.ts';
import { explainPid1 } from './pid1.ts';
import { runProblems } from './problems.ts';
import { shellSplit } from './expand.ts';

export { shellSplit };

/**
 * The stage `--target` selects, else the last stage. `docker build --target` takes a stage NAME
 * (case-insensitive); an index is not accepted ("target stage 0 could not be found").
 */
export function targetStage(model: DockerfileModel, target?: string): Stage | undefined {
  if (target === undefined || target === '') return model.stages[model.stages.length - 1];
  const key = target.toLowerCase();
  for (let i = model.stages.length - 1; i >= 0; i--) if (model.stages[i].name === key) return model.stages[i];
  return undefined;
}

function composeList(v: string | string[]): string[] {
  return typeof v === 'string' ? shellSplit(v) : v;
}

/** Simulate running the target image of `model` with `opts`. Never throws. */
export function simulate(model: DockerfileModel, opts: RunOptions = {}): RunResult {
  const stage = targetStage(model, opts.target);
  const warnings: string[] = [];
  if (!stage) {
    const known = model.stages.flatMap((s) => (s.name ? [s.name] : [])).join(', ');
    return {
      argv: null,
      error: model.stages.length
        ? `the build fails: target stage "${opts.target}" could not be found (stage names: ${known || 'none'})`
        : 'the Dockerfile has no FROM instruction, so there is no image to run',
      stage: opts.target ?? '',
      stageIndex: -1,
      origins: [],
      pid1: { argv: [], kind: 'none', receivesSigterm: false, explanation: 'Nothing runs.' },
      problems: [],
      warnings,
    };
  }
  // Errors Docker reports while parsing fail the whole build, whatever the target.
  const built = new Set(reachableStages(model, stage).map((s) => s.index));
  const buildError = model.diagnostics.find((d) => d.severity === 'error' && (d.stage === undefined || built.has(d.stage)));
  if (buildError && !opts.assumeBuilds) {
    return {
      argv: null,
      error: `the build fails (line ${buildError.range.line}): ${buildError.message}`,
      stage: stage.name ?? String(stage.index),
      stageIndex: stage.index,
      origins: [],
      pid1: { argv: [], kind: 'none', receivesSigterm: false, explanation: 'The image cannot be built, so nothing runs.' },
      problems: [],
      warnings,
    };
  }
  const config = stage.config ?? emptyConfig();
  if (stage.rootUnknown && stage.base.kind !== 'scratch') {
    const ref = rootRef(model, stage);
    warnings.push(`${ref} is not in Stagecraft's base-image catalog: simulated as if its config were empty (no ENTRYPOINT, CMD, USER or WORKDIR of its own)`);
  }
  let ep: string[] = config.entrypoint ?? [];
  let cmd: string[] = config.cmd ?? [];
  let epOrigin: TokenOrigin['origin'] = config.entrypointOrigin as Origin;
  let cmdOrigin: TokenOrigin['origin'] = config.cmdOrigin as Origin;
  const args = opts.args ?? [];

  if (opts.k8s && (opts.k8s.command !== undefined || opts.k8s.args !== undefined)) {
    // Kubernetes: command replaces Entrypoint and ignores the image Cmd; args replaces Cmd.
    if (opts.k8s.command !== undefined) {
      ep = opts.k8s.command;
      epOrigin = { kind: 'run-arg' };
      cmd = opts.k8s.args ?? [];
      cmdOrigin = { kind: 'run-arg' };
    } else if (opts.k8s.args !== undefined) {
      cmd = opts.k8s.args;
      cmdOrigin = { kind: 'run-arg' };
    }
  } else if (opts.compose && (opts.compose.entrypoint !== undefined || opts.compose.command !== undefined)) {
    // Compose: entrypoint overrides Entrypoint and clears the image Cmd; command overrides Cmd.
    if (opts.compose.entrypoint !== undefined) {
      ep = composeList(opts.compose.entrypoint);
      epOrigin = { kind: 'entrypoint-flag' };
      cmd = [];
    }
    if (opts.compose.command !== undefined) {
      cmd = composeList(opts.compose.command);
      cmdOrigin = { kind: 'run-arg' };
    }
  } else {
    if (opts.entrypoint !== undefined) {
      // --entrypoint is one string, never split; "" clears it. Either way the image Cmd is dropped.
      ep = opts.entrypoint === '' ? [] : [opts.entrypoint];
      epOrigin = { kind: 'entrypoint-flag' };
      cmd = [];
    }
    if (args.length) {
      cmd = args;
      cmdOrigin = { kind: 'run-arg' };
    }
  }
  // The daemon treats an entrypoint of one empty string as none (that is what --entrypoint ""
  // sends); an image with ENTRYPOINT [""] behaves the same (read off dockerd 20.10).
  if (ep.length === 1 && ep[0] === '') ep = [];
  const argv = [...ep, ...cmd];
  const origins: TokenOrigin[] = [
    ...ep.map((token) => ({ token, origin: epOrigin })),
    ...cmd.map((token) => ({ token, origin: cmdOrigin })),
  ];
  const stageName = stage.name ?? String(stage.index);
  if (argv.length === 0) {
    return {
      argv: null,
      error: 'no command specified',
      stage: stageName,
      stageIndex: stage.index,
      origins,
      pid1: { argv: [], kind: 'none', receivesSigterm: false, explanation: 'docker run fails: "No command specified". The image has no ENTRYPOINT and no CMD, and none was given.' },
      problems: [{ code: 'no-command', message: 'docker run fails with "No command specified": the image has no ENTRYPOINT or CMD.' }],
      warnings,
    };
  }
  const pid1 = explainPid1(model, stage, argv);
  const problems = runProblems(model, stage, argv, { ep, cmd, epFromImage: opts.entrypoint === undefined && !opts.k8s?.command && opts.compose?.entrypoint === undefined });
  return { argv, stage: stageName, stageIndex: stage.index, origins, pid1, problems, warnings };
}

/** The reference at the root of a stage's FROM chain. */
export function rootRef(model: DockerfileModel, stage: Stage): string {
  let s: Stage = stage;
  const seen = new Set<number>();
  while (s.base.kind === 'stage' && !seen.has(s.index)) {
    seen.add(s.index);
    s = model.stages[s.base.stage];
  }
  return s.baseRef;
}
