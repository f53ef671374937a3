// Exec form that starts sh/bash, or a shell script, in a final image that has no shell.

import { isShell } from '../command.ts';
import { defineRule } from './define.ts';
import { programPresence, shellAbsent } from './lib/presence.ts';
import { argvSource, effectiveCommands, elementRange } from './lib/stages.ts';

/** `ENTRYPOINT ["sh", "-c", "…"]` or `["/entrypoint.sh"]` on distroless: exec fails, or the #! interpreter is missing. */
export default defineRule({
  id: 'shell-invoked-without-shell',
  severity: 'error',
  title: 'Shell called in an image without a shell',
  description: 'An exec-form ENTRYPOINT/CMD calls sh or bash, or a shell script whose #! line needs /bin/sh, but the final image (scratch, distroless) has no shell, so the container cannot start.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, run, report }) {
    if (!target) return;
    // An exec-form HEALTHCHECK that starts a shell fails the same way, on every check.
    const hc = effectiveCommands(model, target, finalChain).healthcheck;
    const hcArg0 = hc?.command?.form === 'exec' ? hc.command.argv[0] : undefined;
    if (hc && hcArg0 && isShell(hcArg0) && programPresence(model, target, hcArg0).presence === 'absent')
      report(
        elementRange(hc, 0),
        `HEALTHCHECK starts ${hcArg0}, but ${target.rootImage?.name ?? 'scratch'} has no shell, so every check fails and the container is reported unhealthy. Call a health-check program directly in exec form (e.g. HEALTHCHECK CMD ["/app", "healthcheck"]).`,
      );
    if (!run.argv?.length) return;
    // The instruction that wrote argv[0] (ENTRYPOINT if any, else CMD); base-image values are not blamed.
    const src = argvSource(model, run, 0);
    const w = src?.written;
    if (!w || src.element !== 0 || w.command?.form !== 'exec') return;
    const arg0 = run.argv[0];
    const img = target.rootImage?.name ?? 'scratch';
    if (isShell(arg0)) {
      if (programPresence(model, target, arg0).presence !== 'absent') return;
      report(
        elementRange(w, 0),
        `${w.keyword} starts ${arg0}, but ${img} has no shell: docker run fails with "exec: \\"${arg0}\\": ${arg0.includes('/') ? `stat ${arg0}: no such file or directory` : 'executable file not found in $PATH'}". Run the program directly in exec form (its absolute path as the first element), or use a base with a shell (a distroless :debug tag has /busybox/sh, for debugging only).`,
      );
      return;
    }
    if (/\.(sh|bash)$/.test(arg0) && shellAbsent(model, target, ['/bin/sh']) && programPresence(model, target, arg0).presence === 'present') {
      report(
        elementRange(w, 0),
        `${arg0} is a shell script: the kernel runs the interpreter on its #! line (/bin/sh or /bin/bash), which ${img} does not have, so docker run fails with "exec ${arg0}: no such file or directory" even though the script is there. Do the script's work at build time, or start the program directly.`,
      );
    }
  },
});
