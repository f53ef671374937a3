// `CMD ["python app.py"]`: one JSON element holding a whole command line is one argument, not several.

import { defineRule } from './define.ts';
import { execCommands, passesArgsOn, shellExpanded } from './support/commands.ts';

/** Split an element into words when it is plainly "program args" (no quotes or shell syntax). */
function plainWords(el: string): string[] | null {
  if (/[$`'"\\|&;<>()*?~{}]/.test(el)) return null;
  const words = el.trim().split(/\s+/);
  return words.length > 1 ? words : null;
}

/** A Windows absolute path: drive letter, colon, separator (Windows containers). */
const WINDOWS_PATH = /^[A-Za-z]:[\\/]/;

// Options whose value is code or a script, where spaces are expected (`python -c "import x; …"`).
const CODE_OPTIONS = new Set(['-c', '-e', '--eval', '--command', '-ec', '-xc', '-lc', '--exec']);

/** An exec-form element that should have been several elements. */
export default defineRule({
  id: 'exec-element-with-spaces',
  severity: 'error',
  title: 'A whole command line in one exec-form element',
  description: 'Exec form passes each JSON string as one argument, unsplit: `["python app.py"]` looks for a program literally named "python app.py" and fails.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, report }) {
    for (const c of execCommands(model)) {
      const argv = c.command.argv;
      const ranges = c.command.elementRanges;
      const expanded = shellExpanded(c);
      // For CMD under an entrypoint, element 0 is only a program when the entrypoint runs its arguments.
      const firstIsProgram = c.entrypoint === null || (passesArgsOn(c.entrypoint) && !expanded.has(0));
      argv.forEach((el, i) => {
        if (expanded.has(i) || !/\S\s+\S/.test(el)) return;
        // A Windows path (`C:\\Program Files\\dotnet\\dotnet.exe`) may hold spaces: it is one program.
        const program = i === 0 && firstIsProgram && !WINDOWS_PATH.test(el);
        // `--bind 0.0.0.0:80` is never parsed as an option; `-w 4` often works (" 4" still parses as a number).
        const flagWithValue = i > 0 && !CODE_OPTIONS.has(argv[i - 1]) && (/^--[A-Za-z][\w.-]*[ \t]+\S/.test(el) || /^-[A-Za-z][ \t]+[^\d\s]/.test(el));
        if (!program && !flagWithValue) return;
        const words = plainWords(el);
        const range = ranges?.[i] ?? c.instruction.argsRange;
        const split = words ? words.map((w) => JSON.stringify(w)).join(', ') : null;
        const what = program
          ? `Docker looks for a program literally named "${el}" (spaces included) and the container fails with "exec: \\"${el}\\": executable file not found"`
          : `the program receives "${el}" as ONE argument, so it sees an unknown option instead of ${JSON.stringify(el.split(/\s+/)[0])} followed by its value`;
        report(range, `Exec form does not split strings: ${what}. Give each word its own element${split ? `: ${split}` : ''}.`, split && ranges?.[i] ? { fix: { title: `Split into ${split}`, edits: [{ range, text: split }] } } : undefined);
      });
    }
  },
});
