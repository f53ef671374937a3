// `CMD ["npm", "ci", "&&", "npm", "start"]`, `["java", "-jar", "/app/*.jar"]`: shell syntax passed literally.

import { defineRule } from './define.ts';
import { execCommands, shellExpanded } from './support/commands.ts';

const OPERATORS = new Set(['&&', '||', '|', ';', '&', '>', '>>', '<', '2>', '2>&1', '&>', '|&']);
// Options whose value is a pattern the program matches itself (find -name "*.py", grep --include).
const PATTERN_OPTIONS = /^(-i?name|-i?path|-i?regex|--include|--exclude|--glob|-g|--pattern|--ignore)$/;

/** What a shell would have done with this element, or null when it is an ordinary argument. */
function shellMeaning(el: string, prev: string | undefined): string | null {
  if (OPERATORS.has(el) || /^\d?>{1,2}\S/.test(el)) return `the operator "${el}" is passed to the program as an ordinary argument; nothing chains, pipes or redirects`;
  if (/^~(\/|$)/.test(el)) return `"~" is not expanded to a home directory; the program gets the literal path "${el}"`;
  // java expands `lib/*` in a classpath itself (-cp /app/libs/*:/app/classes).
  const classpath = /^(-cp|-classpath|--class-path)$/.test(prev ?? '') || /^-Djava\.class\.path=/.test(el) || el.includes(':');
  if (/[*?]/.test(el) && el.includes('/') && !/^[a-z]+:\/\//.test(el) && !PATTERN_OPTIONS.test(prev ?? '') && !classpath) return `the glob "${el}" is not expanded; the program looks for a file literally named "${el}"`;
  return null;
}

/** Shell operators, globs and `~` in exec form, where no shell interprets them. */
export default defineRule({
  id: 'shell-syntax-in-exec-form',
  severity: 'warning',
  title: 'Shell syntax in exec form',
  description: 'Exec form starts the program directly: `&&`, `|`, `>`, globs like `/app/*.jar` and `~` are handed over as literal arguments instead of being interpreted by a shell.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, report }) {
    for (const c of execCommands(model)) {
      const expanded = shellExpanded(c);
      const argv = c.command.argv;
      argv.forEach((el, i) => {
        if (expanded.has(i)) return;
        const meaning = shellMeaning(el, argv[i - 1]);
        if (!meaning) return;
        report(
          c.command.elementRanges?.[i] ?? c.instruction.argsRange,
          `Exec form runs without a shell: ${meaning}. Name the file exactly (COPY it to a fixed name such as /app/app.jar), split the work into separate instructions, or run a shell explicitly: ["/bin/sh", "-c", "…"].`,
        );
      });
    }
  },
});
