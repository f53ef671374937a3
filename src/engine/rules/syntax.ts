// Problems `docker build` itself rejects: dockerfile-utils' validator (same author as
// dockerfile-ast) for the parse-level checks, plus the engine's own build errors, without
// reporting one problem twice.

import { validate, ValidationCode } from 'dockerfile-utils';
import type { DockerfileModel, Range } from '../types.ts';
import { defineRule } from './define.ts';
import { notAnInstruction, validatorInput } from './lib/validator-input.ts';

/** Codes that other rules report more precisely (they would be duplicates here). */
const OWNED_ELSEWHERE = new Set<number>([ValidationCode.DUPLICATE_BUILD_STAGE_NAME, ValidationCode.INVALID_BUILD_STAGE_NAME]);

/** Flags newer than dockerfile-utils 0.16 that BuildKit accepts (dockerfile frontend 1.17+: ADD --unpack). */
const NEWER_FLAGS = /^Unknown flag: (unpack)$/;

/** Engine diagnostics that another rule reports (stage-name-invalid). */
const ENGINE_OWNED = /^invalid stage name/;

/**
 * The validator's problems on the Dockerfile without the instructions that cannot yield an
 * Error (lib/validator-input.ts), with their lines mapped back to the Dockerfile's. May throw.
 */
export function validatorProblems(model: DockerfileModel): ReturnType<typeof validate> {
  const input = validatorInput(model);
  if (!input) return validate(model.text);
  const { lineOf } = input;
  // A range may end on the line after the last one kept (a problem running to the end of the text).
  const at = (line: number) => lineOf[line] ?? lineOf[lineOf.length - 1] + 1 + line - lineOf.length;
  return validate(input.text).map((d) => ({
    ...d,
    range: { start: { ...d.range.start, line: at(d.range.start.line) }, end: { ...d.range.end, line: at(d.range.end.line) } },
  }));
}

/**
 * The validator's problems, or none when it crashes: dockerfile-ast's resolveVariable recurses
 * without end on some inputs (found by `npm run fuzz`), and the engine's own build errors still
 * report what the engine sees.
 */
function validatorErrors(model: DockerfileModel): ReturnType<typeof validate> {
  try {
    return validatorProblems(model);
  } catch {
    return [];
  }
}

type Problem = ReturnType<typeof validate>[number];

/**
 * Which validator problems the rule reports: Errors only (its warnings, MAINTAINER, casing…, build
 * fine), none on text BuildKit does not read as an instruction, none another rule reports more
 * precisely, and no unknown-flag error for flags newer than the validator.
 */
export function reportable(model: DockerfileModel): (d: Problem) => boolean {
  const ignored = notAnInstruction(model);
  return (d) => {
    if (d.severity !== 1 || ignored(d.range.start.line)) return false; // 1: DiagnosticSeverity.Error
    if (typeof d.code === 'number' && OWNED_ELSEWHERE.has(d.code)) return false;
    return !NEWER_FLAGS.test(typeof d.message === 'string' ? d.message : d.message.value);
  };
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
const toRange = (r: LspRange): Range => ({ line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });

export default defineRule({
  id: 'syntax',
  severity: 'error',
  title: 'docker build rejects this',
  description: 'Something docker build refuses before running any step: an unknown instruction, missing arguments, an unknown flag, SHELL not in JSON form, a non-string exec element, an invalid port or signal.',
  category: 'syntax',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, report }) {
    const lines = new Set<number>();
    const reported = reportable(model);
    // Instructions that cannot yield an Error are not validated (test/engine/fuzz.test.ts checks
    // the result equals a full validate()).
    for (const d of validatorErrors(model)) {
      if (!reported(d)) continue;
      const message = typeof d.message === 'string' ? d.message : d.message.value;
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
