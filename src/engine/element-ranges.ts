// Finds the source range of each JSON string of an exec-form command (`CMD ["python", "app.py"]`),
// so findings and fixes can point at one element instead of the whole line.

import type { Instruction, Range } from './types.ts';

/**
 * Ranges (1-based, endColumn exclusive) of the first `count` JSON string literals after the
 * instruction keyword, scanning the physical lines the instruction spans (comment lines inside a
 * continuation are skipped). Returns undefined when fewer strings are found than expected.
 */
export function jsonElementRanges(physical: string[], ins: Instruction, count: number): Range[] | undefined {
  if (count === 0) return [];
  const out: Range[] = [];
  let started = false;
  for (let line = ins.keywordRange.line; line <= ins.range.endLine && out.length < count; line++) {
    const text = physical[line - 1] ?? '';
    let i = line === ins.keywordRange.line ? ins.keywordRange.endColumn - 1 : 0;
    if (line !== ins.keywordRange.line && /^[ \t]*#/.test(text)) continue;
    for (; i < text.length && out.length < count; i++) {
      const c = text[i];
      if (!started) {
        if (c === '[') started = true;
        continue;
      }
      if (c !== '"') continue;
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out.push({ line, column: start + 1, endLine: line, endColumn: Math.min(i + 1, text.length) + 1 });
    }
  }
  return out.length === count ? out : undefined;
}
