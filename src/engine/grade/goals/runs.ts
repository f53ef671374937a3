// Goal kind `runs`: `docker run IMAGE [args]` executes the expected command, compared by meaning
// (python = python3, WORKDIR-relative = absolute path, `sh -c "exec …"` = the program itself).

import { z } from 'zod';
import { formatArgv, formatRunCommand } from '../../run-args.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { describeMatcher, effectiveArgvs, matchArgv, matcherSchema } from '../argv-match.ts';

const params = z.strictObject({
  args: z.array(z.string()).default([]).describe('arguments after the image name'),
  argv: z.array(matcherSchema).min(1).describe('the expected command, one matcher per token'),
  /** Accept extra trailing arguments after the expected ones. */
  extraArgs: z.boolean().default(false),
  /** Require the matched program to be PID 1 (no shell or npm in between). */
  pid1: z.boolean().default(false),
  /** With pid1: also accept an init (tini, dumb-init) as PID 1 that starts the program and forwards signals to it. */
  init: z.boolean().default(false),
});

const INITS = /^(tini|tini-static|dumb-init)$/;
/** Init options that take a value (tini -p SIG, -e CODE; dumb-init -r s:s). */
const INIT_VALUE = /^(-p|-e|-r|--rewrite)$/;

/** The command an init (tini, dumb-init) as PID 1 starts: its options and `--` skipped. */
export function afterInit(argv: string[]): string[] | null {
  if (!INITS.test(argv[0]?.split('/').pop() ?? '')) return null;
  let i = 1;
  while (i < argv.length && argv[i].startsWith('-')) {
    if (argv[i] === '--') return argv.slice(i + 1);
    i += INIT_VALUE.test(argv[i]) ? 2 : 1;
  }
  return argv.slice(i);
}

export default defineGoal({
  kind: 'runs',
  description: 'docker run IMAGE [args] runs the expected command (tolerant matchers), optionally as PID 1.',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const run = ctx.run(p.args);
    const cmdLine = `\`${formatRunCommand({ args: p.args })}\``;
    const want = p.argv.map(describeMatcher).join(' ');
    const line = (final.config.cmdOrigin.kind === 'line' ? final.config.cmdOrigin.line : undefined) ?? (final.config.entrypointOrigin.kind === 'line' ? final.config.entrypointOrigin.line : undefined);
    if (!run.argv) return fail(`${cmdLine} fails: ${run.error ?? 'no command'}. It should run ${want}.`, line);
    const child = p.pid1 && p.init && run.pid1.kind === 'app' ? afterInit(run.pid1.argv) : null;
    const candidates = p.pid1 ? (child ? [child] : [run.pid1.argv]) : effectiveArgvs(final, run);
    // A program that is PID 1 only through the shell's own exec optimisation (BusyBox sh, bash)
    // does not count: the same Dockerfile keeps the shell as PID 1 under dash or with a pipeline.
    if (p.pid1 && run.pid1.implicitExec)
      return fail(`${cmdLine} runs ${formatArgv(run.argv)}: a shell starts first. ${run.pid1.explanation}`, line);
    let firstWhy: string | null = null;
    for (const argv of candidates) {
      const why = matchArgv(ctx, final, argv, p.argv, { extra: p.extraArgs });
      if (!why) {
        if (p.pid1 && run.pid1.kind !== 'app') break;
        if (child) return pass(`${cmdLine} runs ${formatArgv(run.argv)}: ${run.pid1.argv[0].split('/').pop()} is PID 1 and starts ${formatArgv(child)}, forwarding docker stop's SIGTERM to it.`, line);
        return pass(`${cmdLine} runs ${formatArgv(run.argv)}${argv !== run.argv ? ` (${formatArgv(argv)})` : ''}.`, line);
      }
      firstWhy ??= why;
    }
    if (p.pid1 && run.pid1.kind !== 'app')
      return fail(`${cmdLine} runs ${formatArgv(run.argv)}; PID 1 is ${run.pid1.argv[0]} (${run.pid1.kind}), not the program. ${run.pid1.explanation}`, line);
    return fail(`${cmdLine} runs ${formatArgv(run.argv)}, but it should run ${want}: ${firstWhy}.`, line);
  },
});
