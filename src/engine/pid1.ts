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
    return {
      argv: cur,
      kind: 'shell',
      receivesSigterm: false,
      explanation: [
        ...notes,
        `${cur[0]} is PID 1 and runs your command as its child. A shell does not forward SIGTERM, so docker stop waits for the grace period (10 s by default) and then kills everything with SIGKILL. Use exec form, or start the command with \`exec\`. (Some shells replace themselves when the script is a single simple command; do not rely on it.)`,
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
