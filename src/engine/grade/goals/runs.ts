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
});

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
    const candidates = p.pid1 ? [run.pid1.argv] : effectiveArgvs(final, run);
    let firstWhy: string | null = null;
    for (const argv of candidates) {
      const why = matchArgv(ctx, final, argv, p.argv, { extra: p.extraArgs });
      if (!why) {
        if (p.pid1 && run.pid1.kind !== 'app') break;
        return pass(`${cmdLine} runs ${formatArgv(run.argv)}${argv !== run.argv ? ` (${formatArgv(argv)})` : ''}.`, line);
      }
      firstWhy ??= why;
    }
    if (p.pid1 && run.pid1.kind !== 'app')
      return fail(`${cmdLine} runs ${formatArgv(run.argv)}; PID 1 is ${run.pid1.argv[0]} (${run.pid1.kind}), not the program. ${run.pid1.explanation}`, line);
    return fail(`${cmdLine} runs ${formatArgv(run.argv)}, but it should run ${want}: ${firstWhy}.`, line);
  },
});
