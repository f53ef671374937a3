// Finds the exact source range of a piece of an instruction (a variable, a key, trailing text),
// so findings sit on the most specific token rather than on the whole line.

import type { DockerfileModel, Instruction, Range } from '../../types.ts';
import { physicalLines } from './commands.ts';

/**
 * Range of the first match of `needle` (string or RegExp without the g flag) in the physical lines
 * of `ins`, searching after the keyword. Falls back to `fallback` (default: the arguments' range).
 */
export function locate(model: DockerfileModel, ins: Instruction, needle: string | RegExp, fallback: Range = ins.argsRange): Range {
  const lines = physicalLines(model);
  for (let line = ins.keywordRange.line; line <= ins.range.endLine; line++) {
    const text = lines[line - 1] ?? '';
    const from = line === ins.keywordRange.line ? ins.keywordRange.endColumn - 1 : 0;
    const hay = text.slice(from);
    let at = -1;
    let len = 0;
    if (typeof needle === 'string') {
      at = hay.indexOf(needle);
      len = needle.length;
    } else {
      const m = needle.exec(hay);
      if (m) {
        at = m.index;
        len = m[0].length;
      }
    }
    if (at >= 0) return { line, column: from + at + 1, endLine: line, endColumn: from + at + len + 1 };
  }
  return fallback;
}

/** Range of the first `len` characters of `r` (a key at the start of a `key=value` word). */
export function prefixOf(r: Range, len: number): Range {
  return r.line === r.endLine ? { ...r, endColumn: Math.min(r.endColumn, r.column + len) } : r;
}

/** From the first `[` of an exec-form argument list to the end of the instruction's arguments. */
export function bracketToEnd(model: DockerfileModel, ins: Instruction): Range {
  const open = locate(model, ins, '[', ins.argsRange);
  return { line: open.line, column: open.column, endLine: ins.argsRange.endLine, endColumn: ins.argsRange.endColumn };
}
