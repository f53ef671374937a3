// Goal kind `command-form`: the command the image starts with is written in exec form (JSON
// array), so no shell sits in front of the app as PID 1 and `docker run IMAGE args` works.

import { z } from 'zod';
import type { Origin, Stage } from '../../types.ts';
import { defineGoal, fail, pass } from '../define.ts';

const params = z.strictObject({
  /** The learner must write the command (a CMD or ENTRYPOINT of their own), not inherit it. */
  written: z.boolean().default(true),
  /** Also refuse an exec-form shell wrapper that stays PID 1 (`["sh","-c","python app.py"]`); `exec …` inside is fine. */
  noShellWrapper: z.boolean().default(true),
});

function commandAt(stages: Stage[], o: Origin) {
  if (o.kind !== 'line') return null;
  return stages[o.stage]?.commands.find((c) => c.instruction.range.line === o.line) ?? null;
}

export default defineGoal({
  kind: 'command-form',
  description: 'The effective ENTRYPOINT and CMD of the final image are exec form (and, by default, written in the Dockerfile, with no shell wrapper as PID 1).',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const cfg = final.config;
    const ep = commandAt(ctx.model.stages, cfg.entrypointOrigin);
    const cmd = commandAt(ctx.model.stages, cfg.cmdOrigin);
    if (p.written && !ep && !cmd) return fail('The final stage has no CMD or ENTRYPOINT of its own. Add one in exec form, e.g. CMD ["/app/server"].');
    for (const c of [ep, cmd]) {
      if (!c?.command) continue;
      const line = c.instruction.range.line;
      if (c.command.form === 'shell') {
        const json = c.command.malformedJson ? ` It starts with [ but is not a JSON array of double-quoted strings (${c.command.malformedJson}), so Docker treats it as shell form.` : '';
        return fail(`${c.keyword} on line ${line} is shell form: Docker runs ${JSON.stringify(c.command.argv)}, so /bin/sh is PID 1 (some shells exec a lone simple command, but do not rely on it), signals do not reach the app and the image needs a shell.${json} Write it as a JSON array: ${c.keyword} ["program", "arg"].`, line);
      }
    }
    if (p.noShellWrapper) {
      const run = ctx.run();
      if (run.pid1.kind === 'shell') {
        const line = (cmd ?? ep)?.instruction.range.line;
        return fail(`The command is an exec-form array, but it starts ${run.argv?.slice(0, 2).join(' ')} …: the shell can stay PID 1, and then docker stop's SIGTERM never reaches the app. Start the program directly, or begin the script with exec.`, line);
      }
    }
    const line = (cmd ?? ep)?.instruction.range.line;
    return pass('The command is exec form: the program itself is PID 1.', line);
  },
});
