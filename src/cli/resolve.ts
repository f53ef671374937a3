// `stagecraft resolve`: what `docker run [--entrypoint X] IMAGE [ARGS]` would execute for a Dockerfile.

import { analyze, simulate, formatArgv, formatRunCommand } from '../engine/index.ts';
import type { DockerfileModel, RunResult, TokenOrigin } from '../engine/index.ts';
import { readDockerfile, UsageError } from './io.ts';
import { walkArgs } from './args.ts';

interface ResolveArgs {
  file: string;
  target?: string;
  entrypoint?: string;
  json: boolean;
  args: string[];
}

const USAGE = 'usage: stagecraft resolve <Dockerfile|-> [--target STAGE] [--entrypoint STRING] [--json] [-- ARGS...]';

/** Parse `resolve`'s arguments. */
export function parseResolveArgs(argv: string[]): ResolveArgs {
  let file: string | undefined;
  const out: Omit<ResolveArgs, 'file'> = { json: false, args: [] };
  for (const { arg: a, name, value, rest } of walkArgs(argv, USAGE)) {
    if (a === '--') { out.args = rest(); break; }
    else if (name === '--target') out.target = value();
    else if (name === '--entrypoint') out.entrypoint = value();
    else if (a === '--json') out.json = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} (arguments for the container go after --)`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument "${a}": container arguments go after --, e.g. stagecraft resolve Dockerfile -- ${a}`);
  }
  if (file === undefined) throw new UsageError(`which Dockerfile? ${USAGE}`);
  return { file, ...out };
}

/** The JSON shape of the CLI contract (ARCHITECTURE.md). */
export function resolveJson(result: RunResult, model: DockerfileModel) {
  return {
    argv: result.argv,
    ...(result.error !== undefined ? { error: result.error } : {}),
    stage: result.stage,
    pid1: result.pid1,
    warnings: [...result.warnings, ...result.problems.filter((p) => p.code !== 'no-command').map((p) => p.message)],
    problems: result.problems,
    origins: result.origins,
    diagnostics: model.diagnostics,
  };
}

function describeOrigin(o: TokenOrigin['origin'], model: DockerfileModel): string {
  switch (o.kind) {
    case 'line': {
      const ins = model.instructions.find((i) => i.range.line === o.line);
      return `line ${o.line}${ins ? ` (${ins.keyword})` : ''}`;
    }
    case 'base': return `base image ${o.image}`;
    case 'run-arg': return 'docker run arguments';
    case 'entrypoint-flag': return '--entrypoint';
    case 'script': return o.name;
    default: return '?';
  }
}

/** Human-readable report. */
export function resolveText(result: RunResult, model: DockerfileModel, opts: ResolveArgs): string {
  const lines: string[] = [`$ ${formatRunCommand({ entrypoint: opts.entrypoint, args: opts.args })}`];
  if (result.stageIndex >= 0) lines.push(`stage:  ${result.stage} (stage ${result.stageIndex + 1} of ${model.stages.length})`);
  if (result.argv === null) {
    lines.push(`error:  ${result.error}`);
  } else {
    lines.push(`argv:   ${formatArgv(result.argv)}`);
    // Group consecutive tokens with the same origin.
    let k = 0;
    while (k < result.origins.length) {
      const o = result.origins[k];
      let j = k + 1;
      while (j < result.origins.length && JSON.stringify(result.origins[j].origin) === JSON.stringify(o.origin)) j++;
      lines.push(`        ${formatArgv(result.origins.slice(k, j).map((t) => t.token)).padEnd(30)}  from ${describeOrigin(o.origin, model)}`);
      k = j;
    }
    lines.push(`PID 1:  ${formatArgv(result.pid1.argv)}${result.pid1.receivesSigterm ? '' : "  (your command does not get docker stop's SIGTERM)"}`);
    lines.push(`        ${result.pid1.explanation}`);
  }
  for (const p of result.problems) lines.push(`fails:  ${p.message}`);
  for (const d of model.diagnostics) lines.push(`${d.severity}: line ${d.range.line}: ${d.message}`);
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

export default function resolveCommand(argv: string[]): number {
  const opts = parseResolveArgs(argv);
  const text = readDockerfile(opts.file);
  const model = analyze(text);
  const result = simulate(model, { target: opts.target, entrypoint: opts.entrypoint, args: opts.args });
  process.stdout.write(opts.json ? JSON.stringify(resolveJson(result, model), null, 2) + '\n' : resolveText(result, model, opts));
  return 0;
}
