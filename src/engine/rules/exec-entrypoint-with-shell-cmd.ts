// Exec ENTRYPOINT + shell-form CMD: the entrypoint receives "/bin/sh", "-c", "…" as its arguments.

import { defineRule } from './define.ts';
import { effective, execFormText, passesArgsOn, simpleWords } from './support/commands.ts';
import { interpreterFamily } from '../problems.ts';
import { stageFiles } from '../files.ts';
import { resolvePath } from '../expand.ts';

/** A shell-form CMD under an exec-form ENTRYPOINT that does not run its arguments as a command. */
export default defineRule({
  id: 'exec-entrypoint-with-shell-cmd',
  severity: 'error',
  title: 'Shell-form CMD under an exec-form ENTRYPOINT',
  description: 'CMD becomes the ENTRYPOINT\'s arguments: with shell form they are `/bin/sh -c "…"`, so `ENTRYPOINT ["python"]` + `CMD app.py` runs `python /bin/sh -c app.py`.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, report }) {
    if (!target) return;
    const cmd = effective(target, finalChain, 'CMD');
    const ep = target.config.entrypoint;
    if (!cmd || cmd.command.form !== 'shell' || cmd.command.malformedJson || !ep?.length) return;
    // The entrypoint must be exec form (written so, or the base image's, which is always an array).
    const epLine = effective(target, finalChain, 'ENTRYPOINT');
    if (epLine && epLine.command.form !== 'exec') return;
    // Wrappers and entrypoint scripts (tini, docker-entrypoint.sh) exec their arguments: /bin/sh -c … then runs fine.
    if (passesArgsOn(ep) || target.rootImage?.entrypointScript && target.config.entrypointOrigin.kind === 'base') return;
    // An entrypoint copied from the build context is usually a script of the project, which may well
    // end with exec "$@"; only programs we can see (built or shipped binaries) are judged.
    const epPath = resolvePath(target.config.workdir, ep[0]);
    if (ep[0].includes('/') && stageFiles(model.stages, target).some((f) => f.from.kind === 'context' && (f.path === epPath || (f.tree && epPath.startsWith(f.path + '/'))))) return;
    const script = cmd.command.script ?? '';
    let words = simpleWords(script);
    // Under an interpreter entrypoint (distroless python3/java/nodejs) CMD holds only the script.
    const family = interpreterFamily(ep[0]);
    if (words && family && interpreterFamily(words[0]) === family) words = words.slice(family === 'java' && words[1] === '-jar' ? 2 : 1);
    if (words && !words.length) words = null;
    const argv = [...ep, ...(target.config.cmd ?? [])];
    report(
      cmd.instruction.argsRange,
      `CMD is in shell form, so the container runs ${JSON.stringify(argv)}: ${ep[0]} receives ${(cmd.command.shell ?? ['/bin/sh', '-c']).map((w) => JSON.stringify(w)).join(', ')} and the script as its arguments instead of running "${script}". Write CMD in exec form${words ? `: CMD ${execFormText(words)}` : ' (a JSON array)'}.`,
      words ? { fix: { title: `Use CMD ${execFormText(words)}`, edits: [{ range: cmd.instruction.argsRange, text: execFormText(words) }] } } : undefined,
    );
  },
});
