// Runs a rule's test table (ESLint style): valid Dockerfiles get no finding from the rule, invalid
// ones get findings from it on exactly the listed lines. Wording is never asserted.
import { describe, expect, it } from 'vitest';
import { check, RULES } from '../../../src/engine/rules/index.ts';
import type { Finding } from '../../../src/engine/rules/index.ts';

export interface ValidCase {
  dockerfile: string[];
  target?: string;
  name?: string;
}
export interface InvalidCase extends ValidCase {
  /** Lines (1-based) that must carry a finding from the rule, in order. */
  lines: number[];
  /** Optional: the column of the first finding (pins the most specific token). */
  column?: number;
  /** Optional: the severity of every finding (for rules with mixed severities). */
  severity?: Finding['severity'];
  /** Optional: the text the first finding's fix puts in place of its range. */
  fix?: string;
}

/** Findings of rule `id` only (the rule runs alone, so other rules cannot hide a crash). */
export function findingsOf(id: string, dockerfile: string[], target?: string): Finding[] {
  return check(dockerfile.join('\n'), { target, only: [id] });
}

/** Define the vitest suite for rule `id`. */
export function ruleTable(id: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(id, () => {
    it('is registered', () => {
      expect(RULES.map((r) => r.id)).toContain(id);
    });
    for (const [i, c] of cases.valid.entries()) {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(findingsOf(id, c.dockerfile, c.target)).toEqual([]);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = findingsOf(id, c.dockerfile, c.target);
        expect(found.map((f) => f.line)).toEqual(c.lines);
        for (const f of found) {
          expect(f.rule).toBe(id);
          expect(f.message).not.toMatch(/internal error/);
          expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column)).toBe(true);
          if (c.severity) expect(f.severity).toBe(c.severity);
        }
        if (c.column !== undefined) expect(found[0].column).toBe(c.column);
        if (c.fix !== undefined) expect(found[0].fix?.edits[0]?.text).toBe(c.fix);
      });
    }
  });
}
