// Matches a simulated command against an exercise's expected command, tolerating equivalent
// spellings: `python`/`python3`/`/usr/local/bin/python3.12`/a venv's python; paths relative to
// WORKDIR or absolute (compared by what they point at, not by spelling); `sh -c "exec …"`.

import { z } from 'zod';
import type { RunResult, Stage } from '../types.ts';
import { resolvePath } from '../expand.ts';
import { resolveExecutable } from '../image-files.ts';
import type { GoalContext } from './context.ts';
import { shellInvocation, simpleCommandWords } from './shell-words.ts';
import { stageCommands } from './commands.ts';

/** One expected argv token. */
export type Matcher =
  | string
  | { program: string }
  | { file: string }
  | { built: string }
  | { oneOf: Matcher[] };

export const matcherSchema: z.ZodType<Matcher> = z.lazy(() =>
  z.union([
    z.string().describe('the token, exactly'),
    z.strictObject({ program: z.string().describe('an executable by name: any directory; python = python3 = python3.12; node = nodejs') }),
    z.strictObject({ file: z.string().describe('a token (relative to WORKDIR or absolute) that points at this build-context file') }),
    z.strictObject({ built: z.string().describe('a token that points at a binary this toolchain (`go`) built in some stage and COPY put in the image') }),
    z.strictObject({ oneOf: z.array(matcherSchema).min(1) }),
  ]),
);

const FAMILIES: Record<string, RegExp> = {
  python: /^python(3(\.\d+)?)?$/,
  python3: /^python(3(\.\d+)?)?$/,
  node: /^(node|nodejs)$/,
};

const basename = (s: string) => s.split('/').pop() ?? s;

/** Python options that may sit between the interpreter and the script (`python -u app.py`). */
const PY_FLAG = /^-(?:[bBdEhiIOqsSuvx]+|OO)$/;
const PY_FLAG_VALUE = /^-[XW]$/;

/**
 * Options a runtime takes before the script or jar: `value` ones take the next word, `stop` ones
 * mean no script follows (node -e CODE, java -version). Sources: `node --help`, `java --help`.
 */
const VM_OPTIONS: Record<string, { value: RegExp; stop: RegExp }> = {
  node: { value: /^(-r|--require|--import|--loader|--experimental-loader|-C|--conditions|--env-file|--env-file-if-exists)$/, stop: /^(-e|--eval|-p|--print|-c|--check|-v|--version|-h|--help|-i|--interactive|--test|-)$/ },
  java: { value: /^(-cp|-classpath|--class-path|-p|--module-path|--add-opens|--add-exports|--add-reads|--add-modules|--limit-modules|--upgrade-module-path)$/, stop: /^(-version|--version|-help|--help|-\?|-m|--module)$/ },
};

function programMatches(name: string, token: string): boolean {
  const re = FAMILIES[name];
  return re ? re.test(basename(token)) : basename(token) === name;
}

/** Why a token does or does not match; `null` reason means it matched. */
function matchToken(ctx: GoalContext, stage: Stage, m: Matcher, token: string, index: number): string | null {
  if (typeof m === 'string') return token === m ? null : `expected "${m}"`;
  if ('oneOf' in m) {
    const reasons = m.oneOf.map((x) => matchToken(ctx, stage, x, token, index));
    return reasons.some((r) => r === null) ? null : reasons.join(' or ');
  }
  if ('program' in m) return programMatches(m.program, token) ? null : `expected the ${m.program} program`;
  const path = index === 0 && !token.includes('/') ? resolveExecutable(ctx.model, stage, token).path : resolvePath(stage.config.workdir, token);
  if (!path) return `"${token}" is not on PATH`;
  const t = ctx.trace(path, stage);
  if ('file' in m) {
    if (t?.origin.kind === 'context' && t.origin.path === m.file) return null;
    const other = t && !(t.origin.kind === 'context' && !ctx.contextFiles.some((f) => f === (t.origin as { path: string }).path || f.startsWith(`${(t.origin as { path: string }).path}/`)));
    return `expected the path of ${m.file} (copied from the build context); "${token}" is ${path}, ${other ? 'which holds something else' : 'where nothing was copied'}`;
  }
  // built: the file came from a RUN that ran the toolchain.
  if (t?.origin.kind === 'run') {
    const o = t.origin;
    const from = ctx.model.stages[o.stage];
    // The tool or its wrapper script (mvn / ./mvnw, gradle / ./gradlew) ran in that RUN.
    const ran = stageCommands(from).some((c) => c.line === o.line && c.words.some((w) => basename(w) === m.built || basename(w) === `${m.built}w`));
    if (ran && t.hops.length > 0) return null;
    if (ran) return `${path} is built in the final stage itself; build it in a separate stage and COPY --from it`;
  }
  return `expected what ${m.built} built in a builder stage and COPY --from copied in; "${token}" is ${path}, ${t ? 'which is something else' : 'where nothing was copied'}`;
}

/** Match `argv` against `want`; null when it matches, else the first reason it does not. */
export function matchArgv(ctx: GoalContext, stage: Stage, argv: string[], want: Matcher[], opts: { extra?: boolean } = {}): string | null {
  // `./manage.py migrate` runs `python manage.py migrate` through the script's #! line (when the
  // context file has one; COPY keeps its executable bit).
  const [w0, w1] = want;
  if (typeof w0 === 'object' && 'program' in w0 && FAMILIES.python.test(w0.program) && typeof w1 === 'object' && 'file' in w1 && argv[0] && !FAMILIES.python.test(basename(argv[0]))) {
    const head = ctx.context[w1.file]?.split('\n', 1)[0] ?? '';
    if (/^#!.*\bpython/.test(head) && matchToken(ctx, stage, w1, argv[0], 0) === null) return matchArgv(ctx, stage, argv, want.slice(1), opts);
  }
  let i = 0;
  for (let k = 0; k < want.length; k++) {
    if (i >= argv.length) return `it stops before ${describeMatcher(want[k])}`;
    const why = matchToken(ctx, stage, want[k], argv[i], i);
    if (why) return `argument ${i + 1} is "${argv[i]}": ${why}`;
    // Interpreter options (python -u app.py) do not change what runs.
    if (typeof want[k] === 'object' && 'program' in (want[k] as object) && FAMILIES.python.test(basename(argv[i])) && (want[k] as { program: string }).program.startsWith('python')) {
      while (i + 1 < argv.length && (PY_FLAG.test(argv[i + 1]) || PY_FLAG_VALUE.test(argv[i + 1]))) i += PY_FLAG_VALUE.test(argv[i + 1]) ? 2 : 1;
      // `python -m calculator` runs calculator.py from the working directory (sys.path[0]).
      const next = want[k + 1];
      if (argv[i + 1] === '-m' && argv[i + 2] && typeof next === 'object' && 'file' in next)
        argv = [...argv.slice(0, i + 1), `${argv[i + 2].replace(/\./g, '/')}.py`, ...argv.slice(i + 3)];
    }
    // Runtime options (node --enable-source-maps server.js, java -Xmx512m -jar app.jar) too,
    // up to the next token the exercise expects literally (java's -jar).
    const vm = typeof want[k] === 'object' && 'program' in (want[k] as object) ? VM_OPTIONS[(want[k] as { program: string }).program] : undefined;
    if (vm) {
      const next = want[k + 1];
      while (i + 1 < argv.length && argv[i + 1].startsWith('-') && argv[i + 1] !== next && !vm.stop.test(argv[i + 1])) i += vm.value.test(argv[i + 1]) ? 2 : 1;
    }
    i++;
  }
  if (i < argv.length && !opts.extra) return `it has extra arguments: ${argv.slice(i).join(' ')}`;
  return null;
}

/** How to spell a matcher in messages. */
export function describeMatcher(m: Matcher): string {
  if (typeof m === 'string') return m;
  if ('program' in m) return m.program;
  if ('file' in m) return `${m.file} (the build-context file)`;
  if ('built' in m) return `<what ${m.built} built>`;
  return m.oneOf.map(describeMatcher).join('|');
}

/**
 * The argvs that count as "what runs": the runtime argv, PID 1 after known entrypoint scripts,
 * and the words of a simple `sh -c "…"` script (with a leading `exec` dropped).
 */
export function effectiveArgvs(stage: Stage, run: RunResult): string[][] {
  const out: string[][] = [];
  const add = (a: string[] | null | undefined) => {
    if (a && a.length && !out.some((x) => x.length === a.length && x.every((t, k) => t === a[k]))) out.push(a);
  };
  add(run.argv);
  add(run.pid1.argv);
  for (const a of [...out]) {
    const sh = shellInvocation(a);
    if (!sh) continue;
    const words = simpleCommandWords(sh.script, { positional: sh.positional, vars: stage.config.env });
    if (words && words.length) add(words[0] === 'exec' ? words.slice(1) : words);
  }
  return out;
}
