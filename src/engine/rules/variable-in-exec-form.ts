// `CMD ["app", "--port", "$PORT"]`: nothing expands variables in exec form; the app gets "$PORT".

import { defineRule } from './define.ts';
import { execCommands, shellExpanded } from './support/commands.ts';
import { locate } from './support/locate.ts';

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/;

/** A `$VAR` in an exec-form element that no shell will expand. */
export default defineRule({
  id: 'variable-in-exec-form',
  severity: 'warning',
  title: 'Variable in exec form is not expanded',
  description: 'Exec form runs the program without a shell and Docker does not substitute variables in CMD, ENTRYPOINT or RUN: the program receives the literal text `$PORT`.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, report }) {
    for (const c of execCommands(model)) {
      const expanded = shellExpanded(c);
      c.command.argv.forEach((el, i) => {
        const m = VAR.exec(el);
        if (!m || expanded.has(i)) return;
        const name = m[1] ?? m[2];
        const range = locate(model, c.instruction, m[0], c.command.elementRanges?.[i] ?? c.instruction.argsRange);
        report(
          range,
          `Exec form runs without a shell and Docker does not expand variables here, so the program receives the literal text "${m[0]}", not the value of ${name}. Let a shell expand it and keep the app as PID 1: ${c.keyword} ["/bin/sh", "-c", "exec ${c.command.argv.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ')}"] (needs a shell in the image), or have the program read ${name} from its environment.`,
        );
      });
    }
  },
});
