// Problems `docker build` itself rejects: dockerfile-utils' validator (same author as
// dockerfile-ast) for the parse-level checks, plus the engine's own build errors, without
// reporting one problem twice.

import { Cmd, Run } from 'dockerfile-ast';
import { validate, ValidationCode } from 'dockerfile-utils';
import type { Range } from '../types.ts';
import { defineRule } from './define.ts';
import { validateSkipping } from './lib/ast-memo.ts';

/** Codes that other rules report more precisely (they would be duplicates here). */
const OWNED_ELSEWHERE = new Set<number>([ValidationCode.DUPLICATE_BUILD_STAGE_NAME, ValidationCode.INVALID_BUILD_STAGE_NAME]);

/** Flags newer than dockerfile-utils 0.16 that BuildKit accepts (dockerfile frontend 1.17+: ADD --unpack). */
const NEWER_FLAGS = /^Unknown flag: (unpack)$/;

/** Engine diagnostics that another rule reports (stage-name-invalid). */
const ENGINE_OWNED = /^invalid stage name/;

/**
 * dockerfile-utils 0.16 reports nothing above Warning for RUN and CMD: no flag checks, no
 * argument-count check (RUN is exempt, CMD has none), and variable modifiers are left to the shell
 * (dockerValidator.js validateInstruction, checkArguments, checkVariables). They are most of a
 * Dockerfile's text, so the validator skips them. (instanceof, not getKeyword(): that re-reads
 * the text on every call. ENTRYPOINT stays: an empty one is an error, and `npm run fuzz` showed
 * that ranges cannot tell empty from whitespace.)
 */
export function noErrorPossible(ins: object): boolean {
  return ins instanceof Run || ins instanceof Cmd;
}

/**
 * The validator's problems, or none when it crashes: dockerfile-ast's resolveVariable recurses
 * without end on some inputs (found by `npm run fuzz`), and the engine's own build errors still
 * report what the engine sees.
 */
function validatorErrors(text: string): ReturnType<typeof validate> {
  try {
    return validateSkipping(text, noErrorPossible, validate);
  } catch {
    return [];
  }
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
const toRange = (r: LspRange): Range => ({ line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });

/** Only the validator's Error-severity problems: its warnings (MAINTAINER, casing…) build fine. */
export default defineRule({
  id: 'syntax',
  severity: 'error',
  title: 'docker build rejects this',
  description: 'Something docker build refuses before running any step: an unknown instruction, missing arguments, an unknown flag, SHELL not in JSON form, a non-string exec element, an invalid port or signal.',
  category: 'syntax',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, report }) {
    const lines = new Set<number>();
    // dockerfile-utils reads some heredoc bodies as instructions (`cat << 'EOF'` with a space,
    // dockerfile-ast#120); BuildKit does not, so nothing inside a body is a syntax error.
    const inHeredoc = (line: number) => model.heredocs.some((h) => line >= h.startLine && line <= h.endLine);
    // Inside check() the tree the engine built is reused (lib/ast-memo.ts), and instructions that
    // cannot yield an Error are not validated again (test/engine/fuzz.test.ts checks the result
    // equals a full validate()).
    for (const d of validatorErrors(model.text)) {
      if (d.severity !== 1) continue; // DiagnosticSeverity.Error
      if (inHeredoc(d.range.start.line + 1)) continue;
      if (typeof d.code === 'number' && OWNED_ELSEWHERE.has(d.code)) continue;
      const message = typeof d.message === 'string' ? d.message : d.message.value;
      if (NEWER_FLAGS.test(message)) continue;
      const range = toRange(d.range);
      lines.add(range.line);
      report(range, `docker build fails: ${message}.`.replace(/\.\.$/, '.'));
    }
    for (const d of model.diagnostics) {
      if (d.severity !== 'error' || d.rule || ENGINE_OWNED.test(d.message) || lines.has(d.range.line)) continue;
      lines.add(d.range.line);
      report(d.range, `docker build fails: ${d.message}.`.replace(/\.\.$/, '.'));
    }
  },
});
