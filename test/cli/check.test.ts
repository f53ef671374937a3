// `stagecraft check` end to end: spawns bin/stagecraft.js like a user or CI would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The two schemas a SARIF log must pass: the official SARIF 2.1.0 schema (draft-04, as shipped in
 * Microsoft's @microsoft/jest-sarif package: sarif-2.1.0-rtm.5.json) and our stricter subset of
 * what GitHub code scanning reads, which closes every object so a misspelled property fails.
 */
function sarifValidators(): [string, ValidateFunction][] {
  const official = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // unicodeRegExp: false: the schema's `language` pattern ends in a stray `]?`, legal only without the u flag.
  const ajv04 = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv04 as unknown as Ajv);
  const subset = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif-2.1.0-github-subset.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return [['official SARIF 2.1.0 schema', ajv04.compile(official)], ['GitHub subset', ajv.compile(subset)]];
}
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-check-'));
const file = (name: string, lines: string[]) => {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
};
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/stagecraft.js', 'check', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const bad = file('bad.Dockerfile', ['FROM gcr.io/distroless/python3-debian13', 'COPY app.py /app/', 'CMD ["python3", "/app/app.py"]']);
const warnOnly = file('warn.Dockerfile', ['FROM python:3.13-slim', 'COPY app.py /app/', 'CMD ["python", "/app/app.py"]']);
const good = file('good.Dockerfile', ['FROM golang:1.26 AS build', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]']);

describe('stagecraft check', { timeout: 60_000 }, () => {
  it('prints compiler-style lines and exits 1 on an error finding', () => {
    const r = run([bad]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:6 error interpreter-repeated \\S`, 'm'));
    for (const line of r.out.trim().split('\n')) expect(line).toMatch(/^\S+:\d+:\d+ (error|warning|info) [a-z0-9-]+ .+/);
  });

  it('exits 0 when there are only warnings, and on a clean file', () => {
    const w = run([warnOnly]);
    expect(w.code).toBe(0);
    expect(w.out).toMatch(/ warning runs-as-root /);
    const g = run([good]);
    expect(g.code).toBe(0);
    expect(g.out).toBe('');
    expect(g.err).toMatch(/no problems/);
  });

  it('JSON has exactly the contract keys, one entry per file in order', () => {
    const r = run(['--format', 'json', bad, good]);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out) as { file: string; findings: Record<string, unknown>[] }[];
    expect(data.map((d) => d.file)).toEqual([bad, good]);
    expect(data[1].findings).toEqual([]);
    const f = data[0].findings.find((x) => x.rule === 'interpreter-repeated')!;
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']);
    expect(f).toMatchObject({ severity: 'error', line: 3, column: 6 });
  });

  it('reads standard input with -', () => {
    const r = run(['-', '--format=json'], 'FROM scratch\nCMD /app\n');
    const data = JSON.parse(r.out) as { file: string; findings: { rule: string }[] }[];
    expect(data[0].file).toBe('-');
    expect(data[0].findings.map((f) => f.rule)).toContain('shell-form-without-shell');
    expect(r.code).toBe(1);
  });

  it('--target judges the chosen stage', () => {
    const f = file('targets.Dockerfile', ['FROM alpine:3.21 AS dev', 'USER root', 'CMD ["sh"]', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY app /app', 'ENTRYPOINT ["/app"]']);
    const dev = JSON.parse(run(['--format', 'json', '--target', 'dev', f]).out) as { findings: { rule: string; line: number }[] }[];
    expect(dev[0].findings.filter((x) => x.rule === 'runs-as-root').map((x) => x.line)).toEqual([2]);
    const last = JSON.parse(run(['--format', 'json', f]).out) as { findings: { rule: string }[] }[];
    expect(last[0].findings.some((x) => x.rule === 'runs-as-root')).toBe(false);
  });

  it('--help prints the usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/usage: stagecraft check/);
  });

  it('exits 2 with one line on stderr for usage errors and unreadable files', () => {
    for (const args of [[], ['--format', 'xml', good], ['--bogus', good], [join(dir, 'missing.Dockerfile')], [dir], [good, '--target', 'nope']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('SARIF validates against the official SARIF 2.1.0 schema and the subset GitHub reads', () => {
    const r = run(['--format', 'sarif', bad, warnOnly, good]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out);
    for (const [name, validate] of sarifValidators()) {
      const ok = validate(log);
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok, name).toBe(true);
    }
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(RULES.map((x) => x.id));
    for (const rule of run0.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}/$`));
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'interpreter-repeated');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 6 });
    expect(run0.tool.driver.rules[res.ruleIndex].id).toBe('interpreter-repeated');
    expect(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('["/app/app.py"]');
  });

  it('both schemas really reject a broken log (the test can fail)', () => {
    const good = JSON.parse(run(['--format', 'sarif', bad]).out);
    for (const [name, validate] of sarifValidators()) {
      expect(validate(good), name).toBe(true);
      const log = structuredClone(good);
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      expect(validate(log), name).toBe(false);
      const noVersion = structuredClone(good);
      delete noVersion.version;
      expect(validate(noVersion), name).toBe(false);
      const badLevel = structuredClone(good);
      badLevel.runs[0].results[0].level = 'fatal';
      expect(validate(badLevel), name).toBe(false);
    }
  });
});
