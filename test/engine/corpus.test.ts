// False positives are the top complaint about Dockerfile linters: every realistic GOOD Dockerfile in
// test/fixtures/good gets no error and no warning about stages, the command, the shell or the user
// (hygiene warnings such as an unpinned tag may remain). Every BAD one in test/fixtures/bad gets the
// rules its first line announces (`# expect: rule-id, rule-id`).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, RULES } from '../../src/engine/rules/index.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const list = (dir: string) => readdirSync(join(fixtures, dir)).filter((f) => f.endsWith('.Dockerfile')).sort();
const category = new Map(RULES.map((r) => [r.id, r.category]));
const show = (f: { line: number; column: number; severity: string; rule: string; message: string }) => `${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`;

describe('good corpus', () => {
  const files = list('good');
  it('has at least 30 realistic Dockerfiles', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });
  it.each(files)('%s: no error, no false stage / entrypoint / root finding', (file) => {
    const text = readFileSync(join(fixtures, 'good', file), 'utf8');
    const bad = check(text).filter((f) => f.severity === 'error' || (f.severity === 'warning' && category.get(f.rule) !== 'hygiene'));
    expect(bad.map(show)).toEqual([]);
  });
});

describe('bad corpus', () => {
  const files = list('bad');
  it('has fixtures, each announcing the rules it breaks', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });
  it.each(files)('%s gets its rules', (file) => {
    const text = readFileSync(join(fixtures, 'bad', file), 'utf8');
    const m = /^#\s*expect:\s*(.+)$/m.exec(text.split('\n')[0]);
    expect(m, `${file}: the first line must be "# expect: rule-id[, rule-id]"`).not.toBeNull();
    const expected = m![1].split(',').map((s) => s.trim()).filter(Boolean);
    for (const id of expected) expect(category.has(id), `${file}: "${id}" is not a registered rule`).toBe(true);
    const found = check(text);
    const ids = new Set(found.map((f) => f.rule));
    expect(expected.filter((id) => !ids.has(id)), found.map(show).join('\n')).toEqual([]);
  });
});
