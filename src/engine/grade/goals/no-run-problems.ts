// Goal kind `no-run-problems`: the simulator predicts no failure when the container starts
// (a missing shell, the interpreter given twice, argv[0] not in the image or never copied).

import { z } from 'zod';
import { formatRunCommand } from '../../run-args.ts';
import { defineGoal, fail, pass } from '../define.ts';

const params = z.strictObject({
  runs: z.array(z.array(z.string())).default([[]]).describe('argument lists to try after the image name ([[]] = plain docker run IMAGE)'),
  ignore: z.array(z.enum(['shell-missing', 'interpreter-repeated', 'not-found', 'not-copied', 'no-command', 'script-no-args', 'unknown-base'])).default([]),
});

export default defineGoal({
  kind: 'no-run-problems',
  description: 'For each listed docker run, the simulator predicts the container starts (no missing shell, binary, or repeated interpreter).',
  params,
  check(ctx, p) {
    if (!ctx.final) return fail('The Dockerfile has no FROM, so there is no image.');
    const cfg = ctx.final.config;
    const line = (cfg.cmdOrigin.kind === 'line' ? cfg.cmdOrigin.line : undefined) ?? (cfg.entrypointOrigin.kind === 'line' ? cfg.entrypointOrigin.line : undefined);
    for (const args of p.runs) {
      const run = ctx.run(args);
      const cmd = `\`${formatRunCommand({ args })}\``;
      if (!run.argv && !p.ignore.includes('no-command')) return fail(`${cmd} fails: ${run.error ?? 'no command specified'}.`, line);
      const problem = run.problems.find((x) => !p.ignore.includes(x.code));
      if (problem) return fail(`${cmd}: ${problem.message}`, problem.range?.line ?? line);
    }
    return pass('The simulated container starts without a predicted failure.', line);
  },
});
