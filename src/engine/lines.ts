// Splits Dockerfile text into logical instructions exactly as BuildKit's parser joins lines.
// Source: moby/buildkit frontend/dockerfile/parser/parser.go (Parse, processLine,
// trimContinuationCharacter, isEmptyContinuationLine) and heredoc handling in the same file.

/** One logical instruction: the lines it spans (0-based) and its text as BuildKit sees it. */
export interface LogicalLine {
  /** 0-based first and last physical line. */
  startLine: number;
  endLine: number;
  /** The joined line: continuations removed, comment and blank continuation lines dropped. */
  text: string;
  /** Heredoc bodies attached to this instruction (RUN/COPY/ADD), in order. */
  heredocs: { name: string; body: string; startLine: number; endLine: number }[];
}

const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);
// `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`, `<< EOF` (BuildKit splits words first; a quoted
// delimiter disables expansion in the body, which does not matter for the model).
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;

/** Cheap pre-check before the continuation regex: the last non-blank character is the escape. */
function endsWithEscape(line: string, escape: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && (line[k] === ' ' || line[k] === '\t')) k--;
  return k >= 0 && line[k] === escape;
}

function isComment(line: string): boolean {
  return /^[ \t]*#/.test(line);
}

/**
 * Split `text` into BuildKit logical lines. `escape` is the escape character from the
 * `# escape=` directive. Never throws.
 */
export function splitLogicalLines(input: string | string[], escape: string): LogicalLine[] {
  const physical = typeof input === 'string' ? input.split(/\r?\n|\r/) : input;
  // BuildKit: an escape at the end of a line continues it unless the escape is itself escaped
  // (`echo one\\` ends the instruction; so does an odd run like `\\\`, read off dockerd 20.10).
  const e = `\\${escape}`;
  const continuation = new RegExp(`(^|[^${e}])${e}[ \\t]*$`);
  const out: LogicalLine[] = [];
  let i = 0;
  while (i < physical.length) {
    const raw0 = physical[i];
    const first = raw0.length && (raw0[0] === ' ' || raw0[0] === '\t') ? raw0.replace(/^[ \t]+/, '') : raw0;
    const startLine = i;
    i++;
    if (first === '' || isComment(first)) continue;
    let line = first;
    let ended = !endsWithEscape(line, escape) || !continuation.test(line);
    if (!ended) line = line.replace(continuation, '$1');
    while (!ended && i < physical.length) {
      const raw = physical[i];
      i++;
      if (isComment(raw)) continue;
      if (raw.trim() === '') continue;
      ended = !endsWithEscape(raw, escape) || !continuation.test(raw);
      line += ended ? raw : raw.replace(continuation, '$1');
    }
    const logical: LogicalLine = { startLine, endLine: i - 1, text: line, heredocs: [] };
    const keyword = line.trim().split(/\s+/, 1)[0].toLowerCase();
    if (HEREDOC_INSTRUCTIONS.has(keyword) && line.includes('<<')) {
      for (const m of line.matchAll(HEREDOC)) {
        const strip = m[1] === '-';
        const name = m[3];
        const body: string[] = [];
        const bodyStart = i;
        while (i < physical.length) {
          const raw = physical[i];
          i++;
          const candidate = strip ? raw.replace(/^\t+/, '') : raw;
          if (candidate === name) break;
          body.push(raw);
        }
        logical.heredocs.push({ name, body: body.join('\n'), startLine: bodyStart, endLine: i - 1 });
      }
      logical.endLine = i - 1;
    }
    out.push(logical);
  }
  return out;
}
