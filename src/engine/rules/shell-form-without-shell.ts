// Shell-form CMD / ENTRYPOINT / HEALTHCHECK in a final image that has no /bin/sh.

import { shellSplit } from '../expand.ts';
import { defineRule } from './define.ts';
import { shellAbsent } from './lib/presence.ts';
import { effectiveCommands, type WrittenCommand } from './lib/stages.ts';
import { jsonArray } from './lib/text.ts';

/** Shell syntax that exec form cannot express (then no mechanical fix is offered). */
const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]#~\n{}]|^\s*\w+=/;

/** Shell form means ["/bin/sh", "-c", "…"]: with no shell the container cannot start (SEMANTICS.md). */
export default defineRule({
  id: 'shell-form-without-shell',
  severity: 'error',
  title: 'Shell form in an image without a shell',
  description: 'A shell-form CMD, ENTRYPOINT or HEALTHCHECK is run by /bin/sh -c, but the final image (scratch, distroless) has no shell, so the container cannot start or the health check always fails.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, report }) {
    if (!target) return;
    const eff = effectiveCommands(model, target, finalChain);
    const list: WrittenCommand[] = [];
    // A shell-form CMD under an exec ENTRYPOINT is never run by a shell (exec-entrypoint-with-shell-cmd).
    if (eff.entrypoint) list.push(eff.entrypoint);
    else if (eff.cmd) list.push(eff.cmd);
    if (eff.healthcheck) list.push(eff.healthcheck);
    for (const w of list) {
      const spec = w.command;
      if (!spec || spec.form !== 'shell' || !spec.script?.trim()) continue;
      if (!shellAbsent(model, target, spec.shell)) continue;
      const shell = spec.shell?.[0] ?? '/bin/sh';
      const name = target.rootImage?.name ?? 'scratch';
      const script = spec.script.trim();
      const canFix = w.keyword !== 'HEALTHCHECK' && !SHELL_SYNTAX.test(script);
      const exec = canFix ? jsonArray(shellSplit(script)) : null;
      const what =
        w.keyword === 'HEALTHCHECK'
          ? `the health check runs ${shell} -c "${script}", which fails every time, so the container is reported unhealthy`
          : `docker run fails with "exec: \\"${shell}\\": stat ${shell}: no such file or directory"`;
      report(
        w.instruction.argsRange,
        `Shell form: ${w.keyword} ${script} is stored as ["${shell}", "-c", ${JSON.stringify(script)}], but ${name} has no ${shell}, so ${what}. Use exec form${exec ? `: ${w.keyword} ${exec}` : ' with the program\'s absolute path, e.g. ["/app/server", "--port", "8080"]'}.`,
        exec ? { fix: { title: 'Use exec form', edits: [{ range: w.instruction.argsRange, text: exec }] } } : undefined,
      );
    }
  },
});
