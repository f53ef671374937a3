// Turns Dockerfile text into the engine's instructions: text joined as BuildKit joins it
// (lines.ts), ranges, flags and arguments from dockerfile-ast, converted to 1-based ranges.

import './compat.ts';
import { DockerfileParser } from 'dockerfile-ast';
import type { Flag, Instruction, Range } from './types.ts';
import { splitLogicalLines, type LogicalLine } from './lines.ts';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Convert a 0-based LSP range to the engine's 1-based range. */
export function toRange(r: LspRange): Range {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** A range covering `lines` (0-based) fully, for instructions dockerfile-ast did not see. */
function lineRange(lines: string[], start: number, end: number): Range {
  return { line: start + 1, column: 1, endLine: end + 1, endColumn: (lines[end]?.length ?? 0) + 1 };
}

export interface ParsedDockerfile {
  escape: '\\' | '`';
  instructions: Instruction[];
  logical: LogicalLine[];
  /** Parser directives (`# syntax=`, `# escape=`, `# check=`), lower-cased names. */
  directives: Record<string, string>;
  /** Escaped code lines of heredoc bodies, keyed by the instruction's start line (1-based). */
  heredocs: Map<number, LogicalLine['heredocs']>;
  /** An instruction longer than MAX_INSTRUCTION_LINES: ranges are then whole lines only. */
  tooLong: { line: number; lines: number } | null;
  /** Invalid parser directives (BuildKit fails the build). */
  directiveErrors: { line: number; message: string }[];
}

const FLAG = /^--([A-Za-z0-9-]+)(?:=(\S*))?$/;

/**
 * dockerfile-ast's time grows with the square of an instruction's length in lines; past this
 * many continuation lines we skip it (no per-argument ranges) rather than stall for seconds.
 */
export const MAX_INSTRUCTION_LINES = 1000;

/** The escape character from a leading `# escape=` directive (BuildKit reads directives only at the top). */
function escapeDirective(physical: string[], errors?: { line: number; message: string }[]): '\\' | '`' {
  let found: '\\' | '`' | null = null;
  for (let i = 0; i < physical.length; i++) {
    const m = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(physical[i]);
    if (!m) break;
    if (m[1].toLowerCase() !== 'escape') continue;
    // BuildKit refuses a second escape directive and any value but ` or \ (read off dockerd 20.10).
    if (found) errors?.push({ line: i + 1, message: 'only one escape parser directive can be used' });
    else if (m[2] !== '`' && m[2] !== '\\') errors?.push({ line: i + 1, message: `invalid escape token '${m[2]}' does not match \` or \\` });
    found ??= m[2] === '`' ? '`' : '\\';
  }
  return found ?? '\\';
}

/** Parse Dockerfile text. Never throws on any input. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const physical = text.split(/\r?\n|\r/);
  const directiveErrors: { line: number; message: string }[] = [];
  let escape = escapeDirective(physical, directiveErrors);
  let logical = splitLogicalLines(physical, escape);
  const long = logical.find((l) => l.endLine - l.startLine + 1 > MAX_INSTRUCTION_LINES);
  const ast = long ? null : DockerfileParser.parse(text);
  if (ast && (ast.getEscapeCharacter() === '`' ? '`' : '\\') !== escape) {
    escape = escape === '`' ? '\\' : '`';
    logical = splitLogicalLines(physical, escape);
  }
  const directives: Record<string, string> = {};
  for (const d of ast?.getDirectives() ?? []) {
    const name = d.getName()?.toLowerCase();
    if (name) directives[name] = d.getValue() ?? '';
  }
  type AstInstruction = NonNullable<typeof ast>['getInstructions'] extends () => (infer I)[] ? I : never;
  const astByLine = new Map<number, AstInstruction>();
  for (const ins of ast?.getInstructions() ?? []) astByLine.set(ins.getRange().start.line, ins);

  const instructions: Instruction[] = [];
  const heredocs = new Map<number, LogicalLine['heredocs']>();
  let stage = -1;
  for (const l of logical) {
    const trimmed = l.text.trim();
    const m = /^(\S+)(?:\s+([\s\S]*))?$/.exec(trimmed);
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    const rest = (m[2] ?? '').trim();
    if (keyword === 'FROM') stage++;
    // BuildKit's extractBuilderFlags: leading `--name[=value]` words are flags, `--` ends them.
    const flagWords: string[] = [];
    let argsText = rest;
    if (rest.startsWith('--')) {
      const lead = /^(?:--\S*(?:\s+|$))+/.exec(rest)![0];
      for (const w of lead.split(/\s+/)) {
        if (!w) continue;
        if (w === '--') break;
        flagWords.push(w);
      }
      argsText = rest.slice(lead.length);
      const dd = lead.split(/\s+/).indexOf('--');
      if (dd >= 0) argsText = rest.slice(lead.split(/\s+/).slice(0, dd + 1).join(' ').length).trimStart();
    }

    const node = astByLine.get(l.startLine);
    const range = node ? toRange(node.getRange()) : lineRange(physical, l.startLine, l.endLine);
    if (l.heredocs.length) {
      range.endLine = l.endLine + 1;
      range.endColumn = (physical[l.endLine]?.length ?? 0) + 1;
      heredocs.set(l.startLine + 1, l.heredocs);
    }
    const keywordRange = node
      ? toRange(node.getInstructionRange())
      : { line: l.startLine + 1, column: 1, endLine: l.startLine + 1, endColumn: m[1].length + 1 };
    const flags: Flag[] = [];
    const astFlags: { getName(): string; getValue(): string | null; getRange(): LspRange; getValueRange(): LspRange | null }[] =
      flagWords.length ? ((node as unknown as { getFlags?: () => never[] })?.getFlags?.() ?? []) : [];
    for (const w of flagWords) {
      const fm = FLAG.exec(w);
      const name = fm ? fm[1] : w.replace(/^--/, '');
      const value = fm ? (fm[2] ?? null) : null;
      const af = astFlags.find((f) => f.getName() === name);
      const fr = af ? toRange(af.getRange()) : keywordRange;
      const vr = af?.getValueRange();
      flags.push({ name, value, range: fr, valueRange: vr ? toRange(vr) : null });
    }
    const instruction = {
      keyword,
      text: rest,
      argsText,
      range,
      keywordRange,
      flags,
      stage,
    } as Instruction;
    // dockerfile-ast computes arguments on every call and it is the costliest part of parsing:
    // compute them on first use only (most instructions never need per-argument ranges).
    let args: Instruction['args'] | null = null;
    Object.defineProperty(instruction, 'args', {
      enumerable: true,
      configurable: true,
      get() {
        args ??= (node?.getArguments() ?? [])
          .map((a) => ({ value: a.getValue(), range: toRange(a.getRange()) }))
          .filter((a) => !a.value.startsWith('--') || !flagWords.includes(a.value));
        return args;
      },
      set(v: Instruction['args']) {
        args = v;
      },
    });
    let argsRange: Range | null = null;
    Object.defineProperty(instruction, 'argsRange', {
      enumerable: true,
      configurable: true,
      get() {
        if (!argsRange) {
          const lsp = node?.getArgumentsRange?.();
          argsRange = lsp ? toRange(lsp) : keywordRange;
        }
        return argsRange;
      },
      set(v: Range) {
        argsRange = v;
      },
    });
    instructions.push(instruction);
  }
  const tooLong = long ? { line: long.startLine + 1, lines: long.endLine - long.startLine + 1 } : null;
  return { escape, instructions, logical, directives, heredocs, tooLong, directiveErrors };
}
