// Goal kind `echo-output`: what `docker run IMAGE [args]` prints, exactly, when the command is
// echo or printf (exec form, or a single command in `sh -c`). echo joins its arguments with
// single spaces: ["echo","Hello, "] + ["world!"] prints "Hello,  world!" (two spaces).

import { z } from 'zod';
import { formatRunCommand, formatArgv } from '../../run-args.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { evalOutput } from '../echo-eval.ts';
import { shellInvocation } from '../shell-words.ts';

const params = z.strictObject({
  args: z.array(z.string()).default([]),
  /** Expected stdout; one trailing newline is ignored. */
  output: z.string(),
});

const show = (s: string) => JSON.stringify(s.replace(/\n$/, ''));

export default defineGoal({
  kind: 'echo-output',
  description: 'docker run IMAGE [args] prints exactly the expected text (echo/printf evaluated, also inside sh -c).',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const run = ctx.run(p.args);
    const cmd = `\`${formatRunCommand({ args: p.args })}\``;
    const cfg = final.config;
    const line = (cfg.entrypointOrigin.kind === 'line' ? cfg.entrypointOrigin.line : undefined) ?? (cfg.cmdOrigin.kind === 'line' ? cfg.cmdOrigin.line : undefined);
    if (!run.argv) return fail(`${cmd} fails: ${run.error ?? 'no command specified'}.`, line);
    const problem = run.problems[0];
    if (problem) return fail(`${cmd}: ${problem.message}`, line);
    // Known entrypoint scripts (node's docker-entrypoint.sh) exec their arguments: evaluate what
    // PID 1 ends up being. A shell is evaluated as a shell (its `exec` and "$@" included).
    const argv = shellInvocation(run.argv) || !(run.pid1.kind === 'app' && run.pid1.argv.length) ? run.argv : run.pid1.argv;
    const r = evalOutput(argv, cfg.env);
    if ('error' in r) return fail(`${cmd} runs ${formatArgv(run.argv)}: ${r.error}. It should print ${show(p.output)}.`, line);
    const got = r.output.replace(/\n$/, '');
    const want = p.output.replace(/\n$/, '');
    if (got === want) return pass(`${cmd} runs ${formatArgv(run.argv)} and prints ${show(got)}.`, line);
    const spaces = got.replace(/ +/g, ' ') === want ? ' (look at the spaces: echo puts one space between its arguments, so an argument ending in a space gives two)' : '';
    return fail(`${cmd} runs ${formatArgv(run.argv)} and prints ${show(got)}, not ${show(want)}${spaces}.`, line);
  },
});
