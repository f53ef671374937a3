// Works out which process ends up as PID 1 once known entrypoint scripts have `exec`ed, and
// whether `docker stop`'s SIGTERM reaches the application.
// Sources: nodejs/docker-node docker-entrypoint.sh; adoptium/containers entrypoint.sh (ends with
// exec "$@"); nginxinc/docker-nginx docker-entrypoint.sh (exec "$@"); krallin/tini README.

import type { DockerfileModel, RunResult, Stage } from './types.ts';
import { isShell } from './command.ts';
import { shellSplit } from './expand.ts';
import { resolveExecutable } from './image-files.ts';

const base = (s: string | undefined) => (s ?? '').split('/').pop() ?? '';

/** Commands the node image's PATH is known to hold (for docker-entrypoint.sh's `command -v`). */
const COMMON_COMMANDS = new Set([
  'node', 'npm', 'npx', 'yarn', 'corepack', 'pnpm', 'sh', 'bash', 'dash', 'env', 'echo', 'cat', 'ls', 'sleep',
  'true', 'false', 'test', 'printf', 'tini', 'dumb-init', 'su', 'gosu', 'exec',
]);

/** The node image's docker-entrypoint.sh: prepend `node` when $1 starts with `-`, is not a command, or is a plain file. */
function nodeEntrypoint(model: DockerfileModel, stage: Stage, args: string[]): string[] {
  const first = args[0];
  if (first === undefined) return ['node'];
  if (first.startsWith('-')) return ['node', ...args];
  if (first.includes('/')) {
    // An existing file that is not executable (a .js file copied in) gets node prepended.
    return /\.(c|m)?js$/.test(first) ? ['node', ...args] : args;
  }
  if (COMMON_COMMANDS.has(first)) return args;
  const found = resolveExecutable(model, stage, first);
  return found.presence.found ? args : ['node', ...args];
}

type Pid1 = RunResult['pid1'];

/** Which shell implementation `arg0` is in this image: dash keeps running, ash and bash exec the last command. */
function shellFlavor(stage: Stage, arg0: string): 'dash' | 'ash' | 'bash' | 'unknown' {
  const b = base(arg0);
  if (b === 'bash') return 'bash';
  if (b === 'ash' || arg0 === '/busybox/sh') return 'ash';
  if (b === 'dash') return 'dash';
  const img = stage.rootImage;
  if (b !== 'sh' || !img) return 'unknown';
  if (img.shell === 'busybox') return 'ash';
  if (img.shell === 'bash' && img.packageManager === 'apt') return 'dash';
  return 'unknown';
}

/** Shell builtins: running one as the last command keeps the shell itself running. */
const BUILTINS = new Set(['echo', 'printf', 'test', '[', 'true', 'false', ':', 'cd', 'export', 'set', 'read', 'exit', 'wait', 'eval', 'trap']);

/**
 * The command ash/bash would exec at the end of `script`, or null when the shell stays PID 1
 * (pipelines, background jobs, traps, or a builtin last).
 */
function lastSimpleCommand(script: string): string | null {
  if (/(^|[^|])\|([^|]|$)/.test(script) || /(^|[^&])&([^&]|$)/.test(script) || /\btrap\b/.test(script)) return null;
  const parts = script.split(/&&|\|\||;|\n/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return null;
  const words = shellSplit(last.replace(/^\(\s*|\s*\)$/g, ''));
  const first = words.find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
  if (!first || BUILTINS.has(first)) return null;
  return last.replace(/^\(\s*|\s*\)$/g, '').replace(/\s*\d*[<>]+\s*\S+/g, '').trim();
}

/** Explain PID 1 for `argv` run in the image of `stage`. */
export function explainPid1(model: DockerfileModel, stage: Stage, argv: string[]): Pid1 {
  let cur = argv;
  const notes: string[] = [];
  const script = stage.rootImage?.entrypointScript ?? null;
  const a0 = base(cur[0]);
  if (a0 === 'docker-entrypoint.sh' && script === 'node-docker-entrypoint') {
    cur = nodeEntrypoint(model, stage, cur.slice(1));
    notes.push(`The node image's docker-entrypoint.sh runs first and then \`exec\`s ${JSON.stringify(cur.join(' '))}, so it does not stay as PID 1.`);
  } else if ((a0 === '__cacert_entrypoint.sh' && script === 'exec-args') || (a0 === 'docker-entrypoint.sh' && script === 'nginx-docker-entrypoint')) {
    if (cur.length === 1) {
      return { argv: cur, kind: 'script', receivesSigterm: false, explanation: `${cur[0]} runs \`exec "$@"\` with no arguments: it has nothing to start and the container exits at once.` };
    }
    cur = cur.slice(1);
    notes.push(`${argv[0]} prepares the container and then \`exec\`s its arguments.`);
  }
  if (['tini', 'tini-static', 'dumb-init'].includes(base(cur[0]))) {
    return {
      argv: cur,
      kind: 'app',
      receivesSigterm: true,
      explanation: [...notes, `${base(cur[0])} is PID 1: it forwards signals to the command it starts and reaps zombie processes.`].join(' '),
    };
  }
  if (isShell(cur[0])) {
    const c = cur.indexOf('-c');
    const text = c >= 0 ? (cur[c + 1] ?? '') : '';
    const execd = /^\s*exec\s+(.+)$/s.exec(text);
    if (execd && !/[;&|]/.test(execd[1])) {
      const app = shellSplit(execd[1]);
      return {
        argv: app,
        kind: 'app',
        receivesSigterm: true,
        explanation: [...notes, `The shell runs \`exec ${execd[1]}\`, which replaces the shell: ${base(app[0])} becomes PID 1 and receives SIGTERM from docker stop.`].join(' '),
      };
    }
    const flavor = shellFlavor(stage, cur[0]);
    const last = flavor === 'ash' || flavor === 'bash' ? lastSimpleCommand(text) : null;
    if (last) {
      // busybox sh and bash exec the last simple command of `sh -c` instead of forking it
      // (read off a real engine: docker-truth FINDINGS A.13; bash >= 5.1 does the same).
      const app = shellSplit(last);
      return {
        argv: app,
        kind: 'app',
        implicitExec: true,
        receivesSigterm: true,
        explanation: [
          ...notes,
          `${cur[0]} is ${flavor === 'ash' ? 'BusyBox sh' : 'bash'}, which replaces itself with the last simple command of its script, so ${base(app[0])} ends up as PID 1 and gets SIGTERM. That is an optimisation of this shell, not a promise: Debian's and Ubuntu's /bin/sh (dash) stays PID 1, and so does any shell running a pipeline or a trap. Use exec form, or write \`exec\` yourself.`,
        ].join(' '),
      };
    }
    return {
      argv: cur,
      kind: 'shell',
      receivesSigterm: false,
      explanation: [
        ...notes,
        `${cur[0]} is PID 1 and runs your command itself or as its child. ${flavor === 'dash' ? 'It is dash (the /bin/sh of Debian and Ubuntu images), which does not replace itself with the command and does not forward SIGTERM' : 'A shell does not forward SIGTERM to its child'}, so docker stop waits for the grace period (10 s by default) and then kills everything with SIGKILL. Use exec form, or start the command with \`exec\`.`,
      ].join(' '),
    };
  }
  if (['npm', 'yarn', 'pnpm', 'npx'].includes(base(cur[0]))) {
    return {
      argv: cur,
      kind: 'script',
      receivesSigterm: false,
      explanation: [...notes, `${base(cur[0])} is PID 1 and starts your app as a child process (through a shell), so the app is not PID 1 and a clean shutdown on docker stop depends on the package manager relaying the signal. Run node directly: CMD ["node", "server.js"].`].join(' '),
    };
  }
  return {
    argv: cur,
    kind: 'app',
    receivesSigterm: true,
    explanation: [
      ...notes,
      `${base(cur[0]) || cur[0]} is PID 1 and receives docker stop's SIGTERM directly. (As PID 1 it gets no default signal handlers from the kernel: the program must handle SIGTERM itself, or run with docker run --init.)`,
    ].join(' '),
  };
}
