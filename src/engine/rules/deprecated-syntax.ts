// MAINTAINER, `ENV key value` and mixed instruction casing: old syntax Docker still accepts but warns about.

import { defineRule } from './define.ts';
import { parseKeyValues } from '../expand.ts';
import { physicalLines } from './support/commands.ts';
import { locate } from './support/locate.ts';
import type { Instruction } from '../types.ts';

/** The keyword exactly as written. */
function written(lines: string[], ins: Instruction): string {
  const r = ins.keywordRange;
  return (lines[r.line - 1] ?? '').slice(r.column - 1, r.endColumn - 1);
}

/** Deprecated or inconsistent syntax, each with a mechanical fix. */
export default defineRule({
  id: 'deprecated-syntax',
  severity: 'info',
  title: 'Deprecated or inconsistent syntax',
  description: '`MAINTAINER` is deprecated (use a LABEL), `ENV key value` without `=` is the legacy form that cannot set several variables, and mixing `RUN` with `run` makes the file harder to read.',
  category: 'hygiene',
  equivalent: { hadolint: 'DL4000', buildkit: 'MaintainerDeprecated, LegacyKeyValueFormat, ConsistentInstructionCasing' },
  check({ model, report }) {
    const lines = physicalLines(model);
    const all = model.instructions;
    // Casing: the majority wins (upper on a tie), as BuildKit's ConsistentInstructionCasing.
    const kw = all.map((i) => written(lines, i));
    const upper = kw.filter((k) => k === k.toUpperCase()).length;
    const lower = kw.filter((k) => k === k.toLowerCase() && k !== k.toUpperCase()).length;
    const wantUpper = upper >= lower;
    all.forEach((ins, n) => {
      const k = kw[n];
      if (!k) return;
      const want = wantUpper ? k.toUpperCase() : k.toLowerCase();
      if (k !== want) {
        report(ins.keywordRange, `"${k}" does not match the ${wantUpper ? 'upper' : 'lower'}-case style of the other instructions. Docker accepts any case, but one style is easier to read: write ${want}.`, {
          fix: { title: `Write ${want}`, edits: [{ range: ins.keywordRange, text: want }] },
        });
      }
      if (ins.keyword === 'MAINTAINER') {
        const who = ins.argsText.trim();
        const label = `LABEL org.opencontainers.image.authors=${JSON.stringify(who)}`;
        report(ins.keywordRange, `MAINTAINER is deprecated and only fills the image's Author field. Use a label: ${label}.`, {
          fix: { title: `Replace with ${label}`, edits: [{ range: { ...ins.range }, text: label }] },
        });
      }
      if (ins.keyword === 'ENV' || ins.keyword === 'LABEL') {
        const { pairs, legacy } = parseKeyValues(ins.argsText, model.escape);
        if (!legacy || !pairs[0]) return;
        const { key, value } = pairs[0];
        const v = value ?? '';
        const quoted = /^[\w./:@,+-]*$/.test(v) ? v : /["\\]/.test(v) ? null : `"${v}"`;
        const text = quoted === null ? null : `${key}=${quoted}`;
        report(locate(model, ins, key), `"${ins.keyword} ${key} ${v}" is the legacy form without "=": it sets one variable to the whole rest of the line. Write ${ins.keyword} ${text ?? `${key}="…"`}.`, text && ins.range.line === ins.range.endLine ? { fix: { title: `Write ${ins.keyword} ${text}`, edits: [{ range: ins.argsRange, text }] } } : undefined);
      }
    });
  },
});
