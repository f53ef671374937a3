// What the `syntax` rule hands to dockerfile-utils' validate(): the Dockerfile without the
// instructions that certainly cannot give an Error-level problem there.
//
// validate() parses the whole text again and checks every instruction; that is slower than the
// engine's whole pipeline. Most instructions of a real Dockerfile are plainly well formed
// (`RUN …`, `COPY src/ ./src/`, `EXPOSE 8080`, `LABEL a="b"`), and the screens below recognise those
// shapes from the engine's own lines. Anything they do not recognise goes to the validator, which
// still decides every problem: the screens only ever leave out instructions, never report one.
// Each screen is read off dockerfile-utils 0.16's dockerValidator.js (validateInstruction and the
// check* helpers it calls), and test/engine/fuzz.test.ts checks on random and mutated Dockerfiles
// that the Error-level problems equal those of a full validate().

import type { DockerfileModel, Instruction } from '../../types.ts';
import { physicalLines } from '../support/commands.ts';

/** Only printable ASCII, spaces and tabs: the validator and the engine split such text alike. */
const PLAIN = /^[\x20-\x7e\t]*$/;
/** `${NAME}` is fine everywhere; any other `${…}` has a modifier the validator may reject (checkVariables). */
const BRACED = /\$\{/g;
const BRACED_PLAIN = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}/;

/** Durations the validator accepts with no complaint (checkFlagDuration): a whole number >= 1 of ms, s, m or h. */
const DURATION = /^[1-9][0-9]*(?:ms|s|m|h)$/;
const HEALTHCHECK_FLAGS = new Set(['interval', 'timeout', 'start-period', 'start-interval', 'retries']);

const EXPOSE_PORT = /^[0-9]+(?:-[0-9]+)?(?:\/(?:tcp|udp|sctp))?$/i;
const STOPSIGNAL = /^(?:SIG[A-Z0-9+-]+|[0-9]+)$/;
const ARG_WORD = /^[A-Za-z_][A-Za-z0-9_]*(?:=[^\s'"\\=]*)?$/;
/** `key=value` with a bare value or a plain double-quoted one (checkProperty's quote checks pass). */
const PROPERTY = /^[A-Za-z_][A-Za-z0-9_.\-/]*=(?:"[^"\\]*"|[^\s'"\\=]*)$/;
/** A JSON array of plain strings, the first non-empty. */
const JSON_STRINGS = /^\[\s*"[^"\\]+"(?:\s*,\s*"[^"\\]*")*\s*\]$/;

/** COPY and ADD flags, with whether they must have a value (true) or must be bare (false). */
const COPY_FLAGS: Record<string, boolean> = { from: true, chown: true, chmod: true, link: false, parents: false };
const ADD_FLAGS: Record<string, boolean> = { chown: true, chmod: true, checksum: true, link: false, 'keep-git-dir': false };

/**
 * The instruction's words after the keyword, or null when its text is not plain enough to screen:
 * only printable ASCII, plain continuations, and the escape character nowhere else.
 */
function words(ins: Instruction, lines: string[], escape: '\\' | '`'): string[] | null {
  let joined = lines[ins.range.line - 1] ?? '';
  if (ins.range.endLine > ins.range.line) {
    const parts: string[] = [];
    for (let n = ins.range.line; n <= ins.range.endLine; n++) {
      let text = lines[n - 1] ?? '';
      if (n < ins.range.endLine) {
        // A plain continuation only: nothing after the escape, no comment or blank line inside.
        if (!text.endsWith(` ${escape}`)) return null;
        text = text.slice(0, -1);
      }
      if (n > ins.range.line && (text.trim() === '' || text.trimStart().startsWith('#'))) return null;
      parts.push(text);
    }
    joined = parts.join(' ');
  }
  if (!PLAIN.test(joined) || joined.includes(escape)) return null;
  if (joined.includes('${')) for (const m of joined.matchAll(BRACED)) if (!BRACED_PLAIN.test(joined.slice(m.index))) return null;
  const all = joined.trim().split(/[ \t]+/);
  all.shift(); // the keyword
  return all;
}

/** Leading `--name[=value]` words, checked against the allowed flags; null when one is not plainly valid. */
function flags(ws: string[], allowed: Record<string, boolean>): number | null {
  const seen = new Set<string>();
  let n = 0;
  for (; n < ws.length && ws[n].startsWith('--'); n++) {
    const m = /^--([a-z-]+)(=(.*))?$/.exec(ws[n]);
    if (!m || !Object.hasOwn(allowed, m[1]) || seen.has(m[1])) return null;
    const needsValue = allowed[m[1]];
    if (needsValue ? !m[3] : m[2] !== undefined) return null;
    if (m[1] === 'from' && !/^[a-zA-Z0-9]/.test(m[3])) return null; // the validator's --from check
    seen.add(m[1]);
  }
  return n;
}

/** COPY/ADD: known flags, then two sources-and-destination words, or more with a directory destination. */
function copyLike(ws: string[], allowed: Record<string, boolean>): boolean {
  const n = flags(ws, allowed);
  if (n === null) return false;
  const args = ws.slice(n);
  if (args.length < 2 || args.some((a) => /["'$\\[\]]|<</.test(a) || a.startsWith('--'))) return false;
  return args.length === 2 || args[args.length - 1].endsWith('/');
}

function healthcheck(ws: string[]): boolean {
  if (ws.length === 1 && ws[0].toUpperCase() === 'NONE') return true;
  const seen = new Set<string>();
  let n = 0;
  for (; n < ws.length && ws[n].startsWith('--'); n++) {
    const m = /^--([a-z-]+)=(.+)$/.exec(ws[n]);
    if (!m || !HEALTHCHECK_FLAGS.has(m[1]) || seen.has(m[1])) return false;
    if (m[1] === 'retries' ? !/^[1-9][0-9]*$/.test(m[2]) : !DURATION.test(m[2])) return false;
    seen.add(m[1]);
  }
  return ws[n]?.toUpperCase() === 'CMD' && ws.length > n + 1;
}

/** At least one word, or a JSON array of plain strings (checkArguments' count check). */
const someArguments = (ws: string[]) => (ws[0]?.startsWith('[') ? JSON_STRINGS.test(ws.join(' ')) : ws.length > 0 && !/["'\\]/.test(ws.join(' ')));

/** `FROM [--platform=…] image [AS name]` with a plain image reference (the validator's tag and digest checks pass). */
const IMAGE = /^[a-z0-9][a-z0-9._\-/]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
const STAGE_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;
function from(ws: string[]): boolean {
  const n = flags(ws, { platform: true });
  if (n === null) return false;
  const [image, as, name, ...rest] = ws.slice(n);
  if (!image || !IMAGE.test(image) || rest.length) return false;
  return as === undefined || (name !== undefined && /^as$/i.test(as) && STAGE_NAME.test(name));
}

/** `ENV key value` and `LABEL key value`, the legacy one-pair form, with plain words. */
const legacyPair = (ws: string[]) => ws.length >= 2 && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(ws[0]) && ws.slice(1).every((w) => /^[^'"\\=]+$/.test(w));

/** The screen for one keyword and its words (after any `${…}` and plain-text checks). */
function screen(keyword: string, ws: string[]): boolean {
  switch (keyword) {
    case 'RUN':
    case 'CMD':
      return true;
    case 'FROM':
      return from(ws);
    case 'ENTRYPOINT':
    case 'VOLUME':
    case 'WORKDIR':
    case 'USER':
    case 'MAINTAINER':
      return someArguments(ws);
    case 'SHELL':
      return JSON_STRINGS.test(ws.join(' ')); // checkJSON: a non-empty JSON array ending in a string
    case 'ARG':
      return ws.length === 1 && ARG_WORD.test(ws[0]);
    case 'ENV':
    case 'LABEL':
      return ws.length > 0 && (ws.every((w) => PROPERTY.test(w)) || legacyPair(ws));
    case 'EXPOSE':
      return ws.length > 0 && ws.every((w) => EXPOSE_PORT.test(w));
    case 'STOPSIGNAL':
      return ws.length === 1 && STOPSIGNAL.test(ws[0]);
    case 'HEALTHCHECK':
      return healthcheck(ws);
    case 'COPY':
      return copyLike(ws, COPY_FLAGS);
    case 'ADD':
      return copyLike(ws, ADD_FLAGS);
    case 'ONBUILD': {
      // The trigger is validated as an instruction of its own; FROM, MAINTAINER and ONBUILD are refused.
      const trigger = ws[0]?.toUpperCase() ?? '';
      return !['FROM', 'MAINTAINER', 'ONBUILD'].includes(trigger) && screen(trigger, ws.slice(1));
    }
    default:
      return false; // unknown instruction: an error the validator words
  }
}

/**
 * True when dockerfile-utils' validate() certainly reports nothing above Warning for `ins`.
 * RUN and CMD never get one (no flag checks, RUN is exempt from the count check, CMD has none,
 * and variable modifiers are left to the shell); the others only in the plain shapes above.
 */
export function certainlyValid(ins: Instruction, lines: string[], escape: '\\' | '`' = '\\'): boolean {
  if (ins.keyword === 'RUN' || ins.keyword === 'CMD') return true;
  const ws = words(ins, lines, escape);
  return ws !== null && screen(ins.keyword, ws);
}

/** The text to validate, and for each of its lines the 0-based line of the Dockerfile it came from. */
export interface ValidatorInput {
  text: string;
  lineOf: number[];
}

/**
 * The Dockerfile with every instruction after the first FROM that `certainlyValid` passes left
 * out. Kept always: everything up to the end of the first FROM (directives, global ARGs, the
 * "no source image" check) and a `# dockerfile-utils: ignore` comment right above a kept
 * instruction. When a kept instruction uses a variable, every FROM, ARG and ENV stays too, so the
 * validator resolves it in the same stage as before. (Stage boundaries matter for nothing else
 * above Warning: duplicate and invalid stage names are reported by other rules.)
 * Returns null (validate the whole text) when there is nothing to leave out or lines end in a
 * lone CR.
 */
export function validatorInput(model: DockerfileModel): ValidatorInput | null {
  const all = model.instructions;
  const first = all.findIndex((i) => i.keyword === 'FROM');
  // A lone CR ends a line for BuildKit but not always for dockerfile-ast: validate such text whole.
  if (first < 0 || /\r(?!\n)/.test(model.text)) return null;
  const lines = physicalLines(model);
  const keep = all.map((ins, k) => k <= first || !certainlyValid(ins, lines, model.escape));
  if (keep.every(Boolean)) return null;
  if (all.some((ins, k) => keep[k] && k > first && ins.text.includes('$'))) {
    // A variable is resolved against the stage's ARG and ENV: keep the stages whole in those.
    all.forEach((ins, k) => {
      if (ins.keyword === 'ARG' || ins.keyword === 'ENV' || ins.keyword === 'FROM') keep[k] = true;
    });
  }
  const lineOf: number[] = [];
  const prefixEnd = all[first].range.endLine; // 1-based, inclusive
  for (let n = 0; n < prefixEnd; n++) lineOf.push(n);
  all.forEach((ins, k) => {
    if (!keep[k] || k <= first) return;
    const above = ins.range.line - 2;
    if (above >= prefixEnd && /^\s*#\s*dockerfile-utils: ignore\s*$/.test(lines[above] ?? '') && lineOf[lineOf.length - 1] !== above) lineOf.push(above);
    for (let n = ins.range.line - 1; n < ins.range.endLine; n++) lineOf.push(n);
  });
  const breaks = model.text.match(/\r\n|\r|\n/g) ?? [];
  return { text: lineOf.map((n) => lines[n] + (breaks[n] ?? '')).join(''), lineOf };
}

/**
 * Whether a validator problem on this 0-based line is about text BuildKit does not read as an
 * instruction: a heredoc body (dockerfile-ast#120 reads some as instructions) or, after the first
 * FROM, a line outside every instruction (a stray `\` that BuildKit joins into an empty line).
 * The syntax rule drops such problems, whole text or not.
 */
export function notAnInstruction(model: DockerfileModel): (line: number) => boolean {
  let covered: Uint8Array | null = null;
  const first = model.instructions.find((i) => i.keyword === 'FROM');
  return (line) => {
    const n = line + 1;
    if (model.heredocs.some((h) => n >= h.startLine && n <= h.endLine)) return true;
    if (!first || n <= first.range.endLine) return false;
    if (!covered) {
      covered = new Uint8Array(physicalLines(model).length + 2);
      for (const ins of model.instructions) covered.fill(1, ins.range.line, ins.range.endLine + 1);
    }
    return !covered[n];
  };
}
