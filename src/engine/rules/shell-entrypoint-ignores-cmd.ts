// Shell-form ENTRYPOINT (or ["sh", "-c", "script"]) with a CMD: the CMD becomes $0/$1 and is ignored.

import { defineRule } from './define.ts';
import { effective, execFormText, shellScriptIndex, simpleWords } from './support/commands.ts';

/** Whether a shell script reads its positional parameters ($0, $1, $@, $*). */
function usesArgs(script: string): boolean {
  return /\$(\{?[@*#0-9])/.test(script);
}

/** A CMD that can never reach the program because the entrypoint's shell script ignores it. */
export default defineRule({
  id: 'shell-entrypoint-ignores-cmd',
  severity: 'warning',
  title: 'Shell-form ENTRYPOINT ignores CMD and run arguments',
  description: 'A shell-form ENTRYPOINT runs `/bin/sh -c "script"`; CMD and `docker run` arguments land after the script as $0, $1 … and the script never uses them.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ target, finalChain, report }) {
    if (!target) return;
    const ep = effective(target, finalChain, 'ENTRYPOINT');
    if (!ep || ep.command.malformedJson) return;
    const cmd = target.config.cmd;
    let script: string;
    if (ep.command.form === 'shell') script = ep.command.script ?? '';
    else {
      // Exec form that spells the shell out: ["/bin/sh", "-c", "python app.py"].
      const i = shellScriptIndex(ep.command.argv);
      if (i < 0 || i >= ep.command.argv.length) return;
      script = ep.command.argv[i];
    }
    if (usesArgs(script)) return;
    if (!cmd?.length) {
      // No CMD: `docker run IMAGE args` would still be ignored. A script that execs its one
      // program (`exec java -jar app.jar`) is a deliberate choice; stay quiet then.
      if (ep.command.form !== 'shell' || /^\s*exec\s/.test(script)) return;
      const w = simpleWords(script);
      report(
        ep.instruction.argsRange,
        `Shell-form ENTRYPOINT runs /bin/sh -c "${script}": arguments given to docker run IMAGE … land after the script as $0, $1 … and are silently ignored, and a later CMD would be ignored too. Use exec form${w ? `: ENTRYPOINT ${execFormText(w)}` : ''}.`,
        w ? { fix: { title: `Use ENTRYPOINT ${execFormText(w)}`, edits: [{ range: ep.instruction.argsRange, text: execFormText(w) }] } } : undefined,
      );
      return;
    }
    const cmdWhere = target.config.cmdOrigin.kind === 'line' ? `CMD (line ${target.config.cmdOrigin.line})` : `the base image's CMD`;
    const words = ep.command.form === 'shell' ? simpleWords(script) : null;
    report(
      ep.instruction.argsRange,
      `The ENTRYPOINT runs the shell script "${script}", and ${cmdWhere} ${JSON.stringify(cmd)} is appended after it as $0, $1 …, which the script never reads: CMD and docker run arguments are silently ignored. Use exec form${words ? `: ENTRYPOINT ${execFormText(words)}` : ''} so CMD is appended as arguments${ep.command.form === 'exec' ? ', or end the script with exec "$@"' : ''}.`,
      words ? { fix: { title: `Use ENTRYPOINT ${execFormText(words)}`, edits: [{ range: ep.instruction.argsRange, text: execFormText(words) }] } } : undefined,
    );
  },
});
