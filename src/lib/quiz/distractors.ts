// Wrong answers for predict-what-runs items, each computed from one plausible mistake about Docker
// (SEMANTICS.md, ERRATA.md 7, 8, 10): what a learner would answer if they believed the wrong rule.

import type { DockerfileModel, Origin, RunOptions, RunResult, Stage } from '../../engine/types.ts';
import { shellSplit, simulate, targetStage } from '../../engine/index.ts';
import type { Mistake } from './schema.ts';

/** Everything a mistake needs: the model, the run, and the engine's (correct) result. */
export interface Scenario {
  model: DockerfileModel;
  opts: RunOptions;
  result: RunResult;
}

/** An argv answer; null = "no command specified". */
export type ArgvAnswer = string[] | null;
/** A PID 1 answer: the process and whether docker stop's SIGTERM reaches the app. */
export interface Pid1Answer { argv: string[]; sigterm: boolean }

/** What each mistake believes, in words (shown in the review of misses). */
export const MISTAKE_WHY: Record<Mistake, string> = {
  'args-appended': 'This is what you would get if the arguments after the image were added to CMD. They replace CMD.',
  'args-replace-entrypoint': 'This is what you would get if the arguments after the image replaced ENTRYPOINT. They replace only CMD; ENTRYPOINT stays.',
  'cmd-kept-after-entrypoint-flag': "This is what you would get if the image's CMD survived --entrypoint. Setting --entrypoint drops the image's CMD.",
  'entrypoint-flag-ignored': 'This keeps the image\'s ENTRYPOINT, but docker run --entrypoint does override it (ERRATA 8); only trailing arguments cannot.',
  'entrypoint-split': '--entrypoint takes one string and never splits it on spaces: it names a single executable.',
  'shell-as-exec': 'This treats the shell form as if it were exec form. Shell form runs the text through /bin/sh -c.',
  'exec-as-shell': 'This wraps an exec-form instruction in a shell. Exec form (a JSON array) runs exactly as written, with no shell.',
  'base-entrypoint-ignored': "This ignores the ENTRYPOINT inherited from the base image. The image's ENTRYPOINT still comes first.",
  'inherited-cmd-kept': 'This keeps the CMD inherited from the base image, but setting ENTRYPOINT in a stage resets the inherited CMD.',
  'other-stage': 'This is the command of another stage. Only the target stage (the last one unless --target is given) becomes the image.',
  'no-command': 'The image does have a command here, so the container starts.',
  'signal-flipped': 'Right process, wrong signal story: check whether a shell sits between docker stop and the app.',
  'script-stays-pid1': 'The first program ends by exec-ing the next one (an entrypoint script\'s exec "$@", or exec in a shell command), which replaces it: it does not stay as PID 1.',
  'vars-expanded': 'Docker does not expand variables in CMD or ENTRYPOINT at build time; only a shell expands them, when the container starts.',
  'shell-stays-pid1': 'Exec form starts the program directly; no shell is involved, so no shell is PID 1.',
};

function isShellForm(stage: Stage, origin: Origin): boolean {
  if (origin.kind !== 'line') return false;
  const c = stage.commands.find((k) => k.instruction.range.line === origin.line);
  return c?.command?.form === 'shell';
}
function isExecForm(stage: Stage, origin: Origin): boolean {
  if (origin.kind !== 'line') return false;
  const c = stage.commands.find((k) => k.instruction.range.line === origin.line);
  return c?.command?.form === 'exec';
}
/** The shell-form text of a config value recorded as SHELL + [text]. */
const scriptOf = (v: string[] | null, shell: string[]) => (v && v.length === shell.length + 1 ? v[v.length - 1] : null);

/** docker run's combination rule, applied to a (possibly misremembered) config. */
function combine(ep: string[] | null, cmd: string[] | null, args: string[]): ArgvAnswer {
  const out = [...(ep ?? []), ...(args.length ? args : (cmd ?? []))];
  return out.length ? out : null;
}

/** The argv a learner making `mistake` would predict; undefined when the mistake does not apply. */
export function wrongArgv(mistake: Mistake, s: Scenario): ArgvAnswer | undefined {
  const stage = targetStage(s.model, s.opts.target);
  if (!stage) return undefined;
  const cfg = stage.config;
  const args = s.opts.args ?? [];
  const ep = s.opts.entrypoint;
  switch (mistake) {
    case 'args-appended':
      return args.length && ep === undefined && cfg.cmd?.length ? [...(cfg.entrypoint ?? []), ...cfg.cmd, ...args] : undefined;
    case 'args-replace-entrypoint':
      return args.length && ep === undefined && cfg.entrypoint?.length ? [...args] : undefined;
    case 'cmd-kept-after-entrypoint-flag':
      return ep !== undefined && cfg.cmd?.length ? [...(ep ? [ep] : []), ...cfg.cmd, ...args] : undefined;
    case 'entrypoint-flag-ignored':
      return ep !== undefined && cfg.entrypoint?.length ? combine(cfg.entrypoint, cfg.cmd, args) : undefined;
    case 'entrypoint-split':
      return ep !== undefined && /\s/.test(ep.trim()) ? [...shellSplit(ep), ...args] : undefined;
    case 'shell-as-exec': {
      if (ep !== undefined) return undefined;
      const epShell = isShellForm(stage, cfg.entrypointOrigin) ? scriptOf(cfg.entrypoint, cfg.shell) : null;
      const cmdShell = isShellForm(stage, cfg.cmdOrigin) && !args.length ? scriptOf(cfg.cmd, cfg.shell) : null;
      if (epShell === null && cmdShell === null) return undefined;
      return combine(epShell !== null ? shellSplit(epShell) : cfg.entrypoint, cmdShell !== null ? shellSplit(cmdShell) : cfg.cmd, args);
    }
    case 'exec-as-shell': {
      // Wrap one instruction (ENTRYPOINT if it is exec form, else CMD) the way shell form would.
      if (ep !== undefined) return undefined;
      const wrap = (v: string[]) => ['/bin/sh', '-c', v.join(' ')];
      if (isExecForm(stage, cfg.entrypointOrigin) && cfg.entrypoint?.length) return combine(wrap(cfg.entrypoint), cfg.cmd, args);
      if (isExecForm(stage, cfg.cmdOrigin) && cfg.cmd?.length && !args.length && !cfg.entrypoint?.length) return combine(null, wrap(cfg.cmd), args);
      return undefined;
    }
    case 'vars-expanded': {
      // Docker never expands variables in CMD/ENTRYPOINT at build time (SEMANTICS.md).
      if (!s.result.argv) return undefined;
      const env = cfg.env;
      const out = s.result.argv.map((w) => w.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, k: string) => (k in env ? env[k] : m)));
      return out.join('\0') !== s.result.argv.join('\0') ? out : undefined;
    }
    case 'base-entrypoint-ignored':
      return ep === undefined && cfg.entrypointOrigin.kind === 'base' && cfg.entrypoint?.length ? combine(null, cfg.cmd, args) : undefined;
    case 'inherited-cmd-kept': {
      if (ep !== undefined || args.length) return undefined;
      const setsEp = stage.commands.some((c) => c.keyword === 'ENTRYPOINT');
      const setsCmd = stage.commands.some((c) => c.keyword === 'CMD');
      const parentCmd = stage.base.kind === 'stage' ? s.model.stages[stage.base.stage]?.config.cmd : stage.rootImage?.cmd;
      return setsEp && !setsCmd && parentCmd?.length ? combine(cfg.entrypoint, parentCmd, []) : undefined;
    }
    case 'other-stage': {
      const other = s.model.stages.find((o) => o.index !== stage.index && (o.config.cmd?.length || o.config.entrypoint?.length));
      if (!other) return undefined;
      // --target takes stage names only; an unnamed stage's command is its config combined by hand.
      return other.name ? simulate(s.model, { ...s.opts, target: other.name }).argv : combine(other.config.entrypoint, other.config.cmd, args);
    }
    case 'no-command':
      return s.result.argv !== null ? null : undefined;
    default:
      return undefined;
  }
}

/** The PID 1 answer a learner making `mistake` would give; undefined when it does not apply. */
export function wrongPid1(mistake: Mistake, s: Scenario): Pid1Answer | undefined {
  const p = s.result.pid1;
  const argv = s.result.argv;
  if (!argv) return undefined;
  switch (mistake) {
    case 'signal-flipped':
      return { argv: p.argv, sigterm: !p.receivesSigterm };
    case 'script-stays-pid1':
      return argv[0] !== p.argv[0] ? { argv, sigterm: false } : undefined;
    case 'shell-stays-pid1':
      return p.kind === 'app' ? { argv: ['/bin/sh', '-c', p.argv.join(' ')], sigterm: false } : undefined;
    case 'shell-as-exec': {
      if (p.kind !== 'shell') return undefined;
      const script = p.argv[p.argv.indexOf('-c') + 1];
      return script ? { argv: shellSplit(script), sigterm: true } : undefined;
    }
    default:
      return undefined;
  }
}
