// `CMD ['a', 'b']`, `CMD ["a", "b",]`: looks like exec form, but Docker takes it as shell form without an error.
// source: docs.docker.com/build/checks/ (checks run on every build): only the generic JSONArgsRecommended warning.

import { defineRule } from './define.ts';
import { execFormText, writtenCommands } from './support/commands.ts';
import { bracketToEnd, locate } from './support/locate.ts';
import type { CommandSpec, Instruction } from '../types.ts';

/** Try to repair a broken JSON array (single quotes, trailing comma); null when that is not enough. */
function repaired(text: string): string[] | null {
  const candidate = text.trim().replace(/'([^'"]*)'/g, '"$1"').replace(/,\s*\]\s*$/, ']');
  try {
    const v = JSON.parse(candidate) as unknown;
    return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}

/** Exec form that is not a JSON array of strings (or has text after the closing bracket). */
export default defineRule({
  id: 'malformed-exec-form',
  severity: 'error',
  title: 'Broken exec form (not a JSON array)',
  description: 'An argument list that starts with `[` but is not valid JSON (single quotes, a trailing comma) becomes shell form without an error: `/bin/sh -c "[\'python\', \'app.py\']"` fails at run time.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: 'DL3025', buildkit: null },
  check({ model, report }) {
    const all: { instruction: Instruction; keyword: string; command: CommandSpec }[] = [...writtenCommands(model.stages)];
    for (const s of model.stages) for (const r of s.runs) all.push({ instruction: r.instruction, keyword: 'RUN', command: r.command });
    for (const c of all) {
      const spec = c.command;
      if (spec.buildError && spec.form === 'exec') {
        report(bracketToEnd(model, c.instruction), `Every element of an exec-form array must be a JSON string: ${JSON.stringify(spec.argv)} holds a number or another value, so docker build refuses the Dockerfile. Quote every element: ${execFormText(spec.argv)}.`, {
          fix: { title: `Use ${execFormText(spec.argv)}`, edits: [{ range: bracketToEnd(model, c.instruction), text: execFormText(spec.argv) }] },
        });
        continue;
      }
      if (!spec.malformedJson) continue;
      if (spec.form === 'exec') {
        // Valid array followed by more text: BuildKit reads the array and drops the rest.
        const trailing = spec.malformedJson.replace(/^text after the closing \] is ignored: /, '');
        const range = locate(model, c.instruction, new RegExp(`${trailing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s*$)`));
        const comment = trailing.startsWith('#');
        report(range, comment
          ? `Docker reads the JSON array and ignores "${trailing}" after the closing ]: it is not a comment there, just dropped text. Put comments on their own line.`
          : `Docker reads the JSON array and silently drops "${trailing}" after the closing ], so these words never reach the program. Move them inside the array as separate strings.`, {
          severity: comment ? 'info' : undefined,
          fix: { title: 'Remove the ignored text', edits: [{ range, text: '' }] },
        });
        continue;
      }
      const script = spec.script ?? '';
      const words = repaired(script);
      const why = /'/.test(script) ? 'JSON needs double quotes' : /,\s*\]\s*$/.test(script) ? 'JSON allows no trailing comma' : `it is not a JSON array (${spec.malformedJson})`;
      const range = bracketToEnd(model, c.instruction);
      report(
        range,
        `This is not valid JSON (${why}), so Docker uses shell form without an error and runs ${JSON.stringify([...(spec.shell ?? ['/bin/sh', '-c']), script])}, which the shell cannot run as a command (in an image without a shell, the container cannot start at all).${words ? ` Write ${c.keyword} ${execFormText(words)}.` : ' Write a JSON array of double-quoted strings.'}`,
        words ? { fix: { title: `Use ${execFormText(words)}`, edits: [{ range, text: execFormText(words) }] } } : undefined,
      );
    }
  },
});
