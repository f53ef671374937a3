// The rule registry (alphabetical) and `check`, which runs every rule over a Dockerfile.

import type { DockerfileModel } from '../types.ts';
import { analyze } from '../model.ts';
import type { Finding, Rule } from './define.ts';
import { ruleContext } from './context.ts';

export type { Finding, Fix, Rule, RuleMeta, Severity } from './define.ts';

/** Every rule, sorted by id. Add new rules here (a test fails when a rule lacks a page or test). */
export const RULES: Rule[] = [
].sort((a, b) => a.id.localeCompare(b.id));

export interface CheckOptions {
  /** The stage to build (`--target`); default the last. */
  target?: string;
  /** Only run these rule ids. */
  only?: string[];
}

/** Run every rule over `input`; findings sorted by position. Never throws. */
export function check(input: string | DockerfileModel, opts: CheckOptions = {}): Finding[] {
  const model = typeof input === 'string' ? analyze(input) : input;
  const base = ruleContext(model, opts.target);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (opts.only && !opts.only.includes(rule.id)) continue;
    try {
      rule.check({
        ...base,
        report(range, message, extra) {
          findings.push({ rule: rule.id, severity: extra?.severity ?? rule.severity, message, ...range, ...(extra?.fix ? { fix: extra.fix } : {}) });
        },
      });
    } catch (e) {
      // A rule bug must never take the checker down: report it as an internal finding.
      findings.push({ rule: rule.id, severity: 'info', message: `internal error in rule ${rule.id}: ${(e as Error).message}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
