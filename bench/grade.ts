// Benchmark: grade a class of 1,000 submissions in ONE `stagecraft grade` call (goal: < 10 s),
// the way a teacher or a Classroom workflow runs it. Submissions are the go-multistage
// exercise's solutions and cases, varied (comments, WORKDIR, names) so no two are identical.
// Run alone with `node bench/grade.ts`, or from bench/run.ts via `benchGrade()`.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExerciseOrThrow } from '../src/cli/exercises-load.ts';

const BIN = fileURLToPath(new URL('../bin/stagecraft.js', import.meta.url));
const GOAL_MS = 10_000;

/** Grade `count` submissions of `exerciseId` in one CLI call; returns timing and pass count. */
export function benchGrade(count = 1000, exerciseId = 'go-multistage'): { ms: number; files: number; passed: number; ok: boolean } {
  const ex = loadExerciseOrThrow(exerciseId);
  const pool = [ex.starter, ...ex.solutions.map((s) => s.text), ...ex.cases.map((c) => c.text)];
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-'));
  try {
    for (let i = 0; i < count; i++) {
      const student = join(dir, `student-${String(i).padStart(4, '0')}`);
      mkdirSync(student);
      const text = pool[i % pool.length].replace(/^(FROM .*)$/m, `# submission ${i}\n$1`);
      writeFileSync(join(student, 'Dockerfile'), text);
    }
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'grade', '--exercise', exerciseId, dir, '--format', 'csv'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`stagecraft grade exited ${r.status}: ${r.stderr}`);
    const rows = r.stdout.trim().split('\n').slice(1);
    const passed = rows.filter((row) => row.split(',')[2] === '1').length;
    return { ms, files: rows.length, passed, ok: rows.length === count && ms < GOAL_MS };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run benchGrade() and print one line in bench/run.ts's style; true when the goal is met. */
export function benchGradeClass(): boolean {
  const r = benchGrade();
  console.log(`grade: ${r.files} submissions in one \`stagecraft grade\` call`);
  console.log(`  ${r.ok ? 'ok  ' : 'MISS'} ${(r.ms / 1000).toFixed(2)} s, ${r.passed} pass every goal (goal < ${GOAL_MS / 1000} s)`);
  return r.ok;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = benchGradeClass() ? 0 : 1;
