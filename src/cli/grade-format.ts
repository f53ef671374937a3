// Output formats for `stagecraft grade`: text for people, JSON (the ARCHITECTURE.md contract),
// JUnit XML for CI / GitHub Classroom test reporters, CSV for a teacher's spreadsheet.

import type { GradeReport } from '../engine/grade/index.ts';

export interface GradedFile {
  file: string;
  report: GradeReport;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const earned = (r: GradeReport) => r.goals.reduce((s, g) => s + (g.passed ? g.points : 0), 0);
const total = (r: GradeReport) => r.goals.reduce((s, g) => s + g.points, 0);

/** Human-readable: each goal with ✓/✗ and, for failures, the line and why. */
export function gradeText(files: GradedFile[], opts: { findings: boolean }): string {
  const out: string[] = [];
  for (const { file, report } of files) {
    const passed = report.goals.filter((g) => g.passed).length;
    out.push(`${file}: ${report.passed ? 'PASS' : 'FAIL'} ${passed}/${report.goals.length} goals, ${earned(report)}/${total(report)} points (exercise ${report.exercise})`);
    for (const g of report.goals) {
      out.push(`  ${g.passed ? '✓' : '✗'} ${g.title}`);
      if (!g.passed) out.push(`      ${g.line ? `line ${g.line}: ` : ''}${g.message}`);
    }
    if (opts.findings && report.findings.length) {
      out.push(`  Checker notes (never affect the grade):`);
      for (const f of report.findings) out.push(`    line ${f.line}: ${f.severity} ${f.rule}: ${f.message.replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  if (files.length > 1) out.push(`${files.filter((f) => f.report.passed).length} of ${plural(files.length, 'submission')} pass every goal.`);
  return out.join('\n') + '\n';
}

/** JSON per ARCHITECTURE.md: one object for one file, else an array with "file". */
export function gradeJson(files: GradedFile[], asArray: boolean): string {
  const one = (r: GradeReport) => ({
    exercise: r.exercise,
    passed: r.passed,
    goals: r.goals.map((g) => ({ id: g.id, title: g.title, passed: g.passed, message: g.message, ...(g.line ? { line: g.line } : {}), points: g.points })),
    findings: r.findings,
  });
  const data = asArray ? files.map((f) => ({ file: f.file, ...one(f.report) })) : one(files[0].report);
  return JSON.stringify(data, null, 2) + '\n';
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');

/**
 * JUnit XML: one <testsuite> per file, one <testcase> per goal; a failed goal has a <failure>
 * whose message is the goal's message. Understood by GitHub Actions test reporters, GitLab,
 * Jenkins and the Classroom JUnit graders.
 */
export function gradeJunit(files: GradedFile[]): string {
  const tests = files.reduce((s, f) => s + f.report.goals.length, 0);
  const failures = files.reduce((s, f) => s + f.report.goals.filter((g) => !g.passed).length, 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="stagecraft grade" tests="${tests}" failures="${failures}" errors="0">`];
  for (const { file, report } of files) {
    const failed = report.goals.filter((g) => !g.passed).length;
    lines.push(`  <testsuite name="${xml(file)}" tests="${report.goals.length}" failures="${failed}" errors="0" skipped="0">`);
    lines.push(`    <properties><property name="exercise" value="${xml(report.exercise)}"/><property name="score" value="${earned(report)}"/><property name="max-score" value="${total(report)}"/></properties>`);
    for (const g of report.goals) {
      const open = `    <testcase classname="${xml(report.exercise)}.${xml(g.id)}" name="${xml(g.title)}" file="${xml(file)}"${g.line ? ` line="${g.line}"` : ''} time="0"`;
      if (g.passed) lines.push(`${open}/>`);
      else lines.push(`${open}>`, `      <failure message="${xml(g.message)}" type="goal-failed">${xml(`${file}${g.line ? `:${g.line}` : ''}: ${g.message}`)}</failure>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV: file, exercise, passed, one column per goal id (1/0), score (points earned), max_score. */
export function gradeCsv(files: GradedFile[]): string {
  const ids = files[0]?.report.goals.map((g) => g.id) ?? [];
  const rows = [['file', 'exercise', 'passed', ...ids, 'score', 'max_score']];
  for (const { file, report } of files)
    rows.push([file, report.exercise, report.passed ? '1' : '0', ...ids.map((id) => (report.goals.find((g) => g.id === id)?.passed ? '1' : '0')), String(earned(report)), String(total(report))]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
