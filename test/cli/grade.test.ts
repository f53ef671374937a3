// `stagecraft grade` and `stagecraft exercises` end to end: spawns bin/stagecraft.js like a
// teacher or a GitHub Classroom workflow would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ex = (p: string) => join(root, 'exercises', 'go-multistage', p);
const good = ex('solutions/scratch.Dockerfile');
const bad = ex('cases/fail-wrong-path.Dockerfile');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/stagecraft.js', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

// A small "class": two passing submissions and one failing, in student folders.
const cls = mkdtempSync(join(tmpdir(), 'stagecraft-class-'));
for (const [student, src] of [['alice', good], ['bob', bad], ['carol', ex('solutions/distroless-static.Dockerfile')]] as const) {
  mkdirSync(join(cls, student));
  writeFileSync(join(cls, student, 'Dockerfile'), readFileSync(src, 'utf8'));
}
writeFileSync(join(cls, 'notes.txt'), 'not a Dockerfile');

describe('stagecraft grade', { timeout: 60_000 }, () => {
  it('passes a reference solution with exit 0 (text)', () => {
    const r = run(['grade', '--exercise', 'go-multistage', good]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PASS 7\/7 goals/);
    expect(r.out).toMatch(/✓ The final image is scratch or distroless/);
  });

  it('fails a wrong submission with exit 1 and says why, with the line', () => {
    const r = run(['grade', '--exercise=go-multistage', bad]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL/);
    expect(r.out).toMatch(/✗ docker run starts the calculator/);
    expect(r.out).toMatch(/line 10: .*\/myapp/);
  });

  it('prints one JSON object for one file, per the CLI contract', () => {
    const r = run(['grade', '--exercise', 'go-multistage', bad, '--format', 'json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out);
    expect(Array.isArray(data)).toBe(false);
    expect(data.exercise).toBe('go-multistage');
    expect(data.passed).toBe(false);
    expect(Array.isArray(data.findings)).toBe(true);
    const starts = data.goals.find((g: { id: string }) => g.id === 'starts');
    expect(starts).toMatchObject({ id: 'starts', passed: false });
    expect(typeof starts.title).toBe('string');
    expect(starts.message).toMatch(/no such file or directory/);
  });

  it('reads standard input with -', () => {
    const r = run(['grade', '--exercise', 'echo-greeting', '-', '--format', 'json'], 'FROM busybox\nENTRYPOINT ["echo", "Hello,"]\nCMD ["world!"]\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).passed).toBe(true);
  });

  it('grades a whole class directory: JSON array with "file", exit 1 when anyone fails', () => {
    const r = run(['grade', '--exercise', 'go-multistage', cls, '--format', 'json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out) as { file: string; passed: boolean }[];
    expect(data.map((d) => [d.file.split('/').slice(-2).join('/'), d.passed])).toEqual([
      ['alice/Dockerfile', true],
      ['bob/Dockerfile', false],
      ['carol/Dockerfile', true],
    ]);
  });

  it('exits 0 for several files when all pass', () => {
    expect(run(['grade', '--exercise', 'go-multistage', good, ex('solutions/distroless-base.Dockerfile')]).code).toBe(0);
  });

  it('writes JUnit XML: a testsuite per file, a testcase per goal, failure message = goal message', () => {
    const r = run(['grade', '--exercise', 'go-multistage', cls, '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(r.out.match(/<testsuite /g)).toHaveLength(3);
    expect(r.out.match(/<testcase /g)).toHaveLength(21);
    expect(r.out).toMatch(/<testsuite name="[^"]*bob\/Dockerfile" tests="7" failures="2"/);
    expect(r.out).toMatch(/<failure message="`docker run IMAGE`: Nothing in the final image is at \/myapp/);
  });

  it('writes CSV: one row per file, one column per goal, score', () => {
    const r = run(['grade', '--exercise', 'go-multistage', cls, '--format', 'csv']);
    const rows = r.out.trim().split('\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['file', 'exercise', 'passed', 'builds', 'final-minimal', 'no-toolchain', 'binary-from-builder', 'exec-form', 'starts', 'static-binary', 'score', 'max_score']);
    expect(rows).toHaveLength(4);
    const bob = rows.find((row) => row[0].endsWith('bob/Dockerfile'))!;
    expect(bob.slice(2)).toEqual(['0', '1', '1', '1', '0', '1', '0', '1', '5', '7']);
  });

  it('--goal grades only the named goals (one classroom test per goal)', () => {
    expect(run(['grade', '--exercise', 'go-multistage', '--goal', 'exec-form', bad]).code).toBe(0);
    expect(run(['grade', '--exercise', 'go-multistage', '--goal', 'starts', bad]).code).toBe(1);
  });

  it('exits 2 with one line on stderr for unknown exercises, goals, formats and unreadable files', () => {
    for (const args of [
      ['grade', '--exercise', 'no-such-exercise', good],
      ['grade', '--exercise', 'go-multistage', join(cls, 'missing.Dockerfile')],
      ['grade', '--exercise', 'go-multistage', '--goal', 'nope', good],
      ['grade', '--exercise', 'go-multistage', good, '--format', 'xml'],
      ['grade', good],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    expect(run(['grade', '--exercise', 'no-such-exercise', good]).err).toMatch(/unknown exercise "no-such-exercise" \(known: .*go-multistage/);
  });
});

describe('stagecraft exercises', { timeout: 60_000 }, () => {
  it('lists ids and titles', () => {
    const r = run(['exercises']);
    expect(r.code).toBe(0);
    for (const id of ['go-multistage', 'python-multistage', 'distroless-python', 'echo-greeting', 'django-manage']) expect(r.out).toMatch(new RegExp(`^${id}\\s+\\S`, 'm'));
  });

  it('--json gives ids, titles and goals', () => {
    const data = JSON.parse(run(['exercises', '--json']).out) as { id: string; goals: unknown[] }[];
    expect(data.find((e) => e.id === 'echo-greeting')?.goals.length).toBeGreaterThan(0);
  });
});
