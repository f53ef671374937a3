// `ENTRYPOINT ["echo", "Hello, "]`: leading/trailing spaces inside an exec element are kept verbatim.

import { defineRule } from './define.ts';
import { execCommands, shellExpanded } from './support/commands.ts';

/** An exec-form element with leading or trailing whitespace. */
export default defineRule({
  id: 'padded-exec-argument',
  severity: 'warning',
  title: 'Exec-form argument with leading or trailing spaces',
  description: 'Exec form keeps every character of each JSON string: `["echo", "Hello, "]` + `CMD ["world!"]` prints "Hello,  world!" (two spaces), and `[" /app"]` names a program that does not exist.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, report }) {
    for (const c of execCommands(model)) {
      const expanded = shellExpanded(c);
      c.command.argv.forEach((el, i) => {
        if (expanded.has(i) || el.trim() === el || el.trim() === '') return;
        const range = c.command.elementRanges?.[i] ?? c.instruction.argsRange;
        const program = i === 0 && c.entrypoint === null;
        report(
          range,
          program
            ? `The program name ${JSON.stringify(el)} includes spaces, so the runtime looks for a file with that exact name and fails. Write ${JSON.stringify(el.trim())}.`
            : `The argument ${JSON.stringify(el)} is passed with its spaces; a program that joins its arguments with a space (like echo) then prints a doubled space. Write ${JSON.stringify(el.trim())}.`,
          { severity: program ? 'error' : undefined, fix: c.command.elementRanges ? { title: `Trim to ${JSON.stringify(el.trim())}`, edits: [{ range, text: JSON.stringify(el.trim()) }] } : undefined },
        );
      });
    }
  },
});
