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


export interface ParsedDockerfile {
  escape: '\\' | '`';
  instructions: Instruction[];
  logical: LogicalLine[];
  /** Parser directives (`# syntax=`, `# escape=`, `# check=`), lower-cased names. */
  directives: Record<string, string>;
  /** Escaped code lines of heredoc bodies, keyed by the instruction's start line (1-based). */
  heredocs: Map<number, LogicalLine['heredocs']>;
  /** An instruction longer than MAX_INSTRUCTION_LINES: its ranges are then whole lines only. */
  tooLong: { line: number; lines: number } | null;
  /** Invalid parser directives (BuildKit fails the build). */
  directiveErrors: { line: number; message: string }[];
}

const FLAG = /^--([A-Za-z0-9-]+)(?:=(\S*))?$/;

/**
 * dockerfile-ast's time grows with the square of an instruction's length in lines; past this
 * many continuation lines that instruction gets no per-argument ranges rather than stall for seconds.
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
  const escape = escapeDirective(physical, directiveErrors);
  const logical = splitLogicalLines(physical, escape);
  const long = logical.find((l) => l.endLine - l.startLine + 1 > MAX_INSTRUCTION_LINES);
  const directives: Record<string, string> = {};
  for (const line of physical) {
    const d = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!d) break;
    directives[d[1].toLowerCase()] ??= d[2];
  }
  // The engine's semantics come from the BuildKit-faithful lines above; dockerfile-ast gives the
  // positions of individual arguments (and JSON elements, flags on continued lines). Those are
  // needed only when something is reported, so each instruction's own lines are parsed on first
  // use, on their own: a whole-file tree costs more than the engine's entire pipeline.
  type AstInstruction = ReturnType<ReturnType<typeof DockerfileParser.parse>['getInstructions']>[number];
  const prefix = escape === '`' ? '# escape=`\n' : '';
  const nodeOf = (l: LogicalLine): { node: AstInstruction | undefined; shift: number } => {
    if (l.endLine - l.startLine + 1 > MAX_INSTRUCTION_LINES) return { node: undefined, shift: 0 };
    const ast = DockerfileParser.parse(prefix + physical.slice(l.startLine, l.endLine + 1).join('\n'));
    const shift = l.startLine - (prefix ? 1 : 0);
    return { node: ast.getInstructions().find((i) => i.getRange().start.line + shift === l.startLine), shift };
  };
  const shifted = (r: LspRange, shift: number): Range => toRange({ start: { line: r.start.line + shift, character: r.start.character }, end: { line: r.end.line + shift, character: r.end.character } });

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

    const first = physical[l.startLine] ?? '';
    const indent = first.length - first.trimStart().length;
    const lastLine = physical[l.endLine] ?? '';
    const range: Range = { line: l.startLine + 1, column: indent + 1, endLine: l.endLine + 1, endColumn: lastLine.trimEnd().length + 1 };
    if (l.heredocs.length) {
      range.endLine = l.endLine + 1;
      range.endColumn = (physical[l.endLine]?.length ?? 0) + 1;
      heredocs.set(l.startLine + 1, l.heredocs);
    }
    const keywordRange: Range = { line: l.startLine + 1, column: indent + 1, endLine: l.startLine + 1, endColumn: indent + m[1].length + 1 };
    let parsed: ReturnType<typeof nodeOf> | null = null;
    const nodeAt = () => (parsed ??= nodeOf(l));
    const flags: Flag[] = [];
    let searchFrom = indent + m[1].length;
    for (const w of flagWords) {
      const fm = FLAG.exec(w);
      const name = fm ? fm[1] : w.replace(/^--/, '');
      const value = fm ? (fm[2] ?? null) : null;
      // Flags nearly always sit on the instruction's first line; find them there.
      const at = first.indexOf(w, searchFrom);
      if (at >= 0) {
        searchFrom = at + w.length;
        const fr = { line: l.startLine + 1, column: at + 1, endLine: l.startLine + 1, endColumn: at + w.length + 1 };
        const vr = value !== null ? { ...fr, column: at + name.length + 4 } : null;
        flags.push({ name, value, range: fr, valueRange: vr });
      } else {
        const { node, shift } = nodeAt();
        const af = ((node as unknown as { getFlags?: () => { getName(): string; getRange(): LspRange; getValueRange(): LspRange | null }[] })?.getFlags?.() ?? []).find((f) => f.getName() === name);
        const vr = af?.getValueRange();
        flags.push({ name, value, range: af ? shifted(af.getRange(), shift) : keywordRange, valueRange: vr ? shifted(vr, shift) : null });
      }
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
    if (keyword === 'FROM' && l.startLine === l.endLine) {
      // FROM is needed for every stage (image, AS name): read its words straight off the line.
      args = [];
      const re = /\S+/g;
      re.lastIndex = searchFrom;
      for (let w = re.exec(first); w; w = re.exec(first)) {
        if (w[0].startsWith('--') && flagWords.includes(w[0])) continue;
        if (w[0] === '--') continue;
        args.push({ value: w[0], range: { line: l.startLine + 1, column: w.index + 1, endLine: l.startLine + 1, endColumn: w.index + w[0].length + 1 } });
      }
    }
    Object.defineProperty(instruction, 'args', {
      enumerable: true,
      configurable: true,
      get() {
        if (!args) {
          const { node, shift } = nodeAt();
          args = (node?.getArguments() ?? [])
            .map((a) => ({ value: a.getValue(), range: shifted(a.getRange(), shift) }))
            .filter((a) => !a.value.startsWith('--') || !flagWords.includes(a.value));
        }
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
          const { node, shift } = nodeAt();
          const lsp = node?.getArgumentsRange?.();
          argsRange = lsp ? shifted(lsp, shift) : keywordRange;
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
