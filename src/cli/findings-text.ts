// Compiler-style text output for `stagecraft check`: one `file:line:col severity rule message` line per finding.

import type { Finding } from '../engine/rules/index.ts';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

/** Lines like `Dockerfile:3:6 error interpreter-repeated The entrypoint…` plus a summary for stderr. */
export function formatText(results: FileFindings[]): { out: string; summary: string } {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results)
    for (const f of r.findings) {
      count[f.severity]++;
      lines.push(`${r.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message.replace(/\s*\n\s*/g, ' ')}`);
    }
  const total = count.error + count.warning + count.info;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary = total
    ? `${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info) in ${plural(results.length, 'file')}`
    : `no problems in ${plural(results.length, 'file')}`;
  return { out: lines.length ? lines.join('\n') + '\n' : '', summary };
}

/** The JSON contract of ARCHITECTURE.md: exactly these keys, in this order. */
export function formatJson(results: FileFindings[]): string {
  const data = results.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message })),
  }));
  return JSON.stringify(data, null, 2) + '\n';
}
