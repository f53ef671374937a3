// The course seed notes (/work/shared/seeds/*.txt, copied into test/fixtures/seeds/ with their
// origin in a header comment) contain real mistakes, listed in the seeds' ERRATA.md. Every mistake a
// static check can see must be reported by the right rule, and what ERRATA.md calls correct must
// not be reported by that rule.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/engine/rules/index.ts';

const dir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const findings = (file: string) => check(readFileSync(join(dir, `${file}.Dockerfile`), 'utf8'));

/** ERRATA item → the seed Dockerfiles that make the mistake → the rule that must report it. */
const MISTAKES: { errata: number; what: string; rule: string; files: string[] }[] = [
  { errata: 3, what: 'pip installs into system site-packages, only /app is copied', rule: 'dependencies-left-behind', files: ['000-1', '000-8', '001-2', '001-4', '001-5', '001-7', '002-1', '004-1'] },
  { errata: 3, what: "builder uses ubuntu:latest's Python, runtime python:3.9-slim", rule: 'runtime-version-mismatch', files: ['000-1'] },
  { errata: 4, what: 'pip install into Ubuntu 24.04 system Python (PEP 668)', rule: 'pip-externally-managed', files: ['000-1', '000-8', '001-1', '001-2', '002-1'] },
  { errata: 5, what: 'binary copied to /app/myapp, started as /myapp', rule: 'entrypoint-not-found', files: ['000-4'] },
  { errata: 6, what: 'golang (Debian, cgo on) binary in distroless/static or scratch', rule: 'dynamic-binary-without-libc', files: ['000-4', '003-4'] },
  { errata: 7, what: 'CMD ["python3", …] on distroless python3', rule: 'interpreter-repeated', files: ['000-9', '002-1', '002-2'] },
  { errata: 9, what: 'ENTRYPOINT ["echo", "Hello, "] prints two spaces', rule: 'padded-exec-argument', files: ['004-4'] },
  { errata: 15, what: 'deprecated openjdk images, superseded distroless -debian10/-debian11', rule: 'deprecated-base-image', files: ['000-3', '000-5', '000-6', '001-3', '003-3', '004-3'] },
  { errata: 16, what: 'manage.py runserver in the image', rule: 'dev-server-in-image', files: ['001-4', '001-7', '002-1'] },
];

/** Seeds ERRATA.md calls correct for the same concern: the rule must stay silent. */
const CORRECT: { errata: number; what: string; rule: string; files: string[] }[] = [
  { errata: 7, what: 'CMD ["calculator.py"] / CMD ["/app.py"] on distroless python3', rule: 'interpreter-repeated', files: ['001-3', '004-3'] },
  { errata: 6, what: 'cgo binary on distroless/base (has glibc); golang alpine (no cgo)', rule: 'dynamic-binary-without-libc', files: ['001-6', '003-2', '003-3', '004-2', '000-6'] },
  { errata: 5, what: 'relative ./calculator under WORKDIR /app, /main copied to /', rule: 'entrypoint-not-found', files: ['003-2', '004-2', '003-4'] },
  { errata: 3, what: 'single-stage images keep their packages', rule: 'dependencies-left-behind', files: ['000-2', '001-1'] },
];

describe('seed notes: every statically visible mistake in ERRATA.md is reported', () => {
  it('all seed Dockerfiles are present', () => {
    const have = readdirSync(dir).filter((f) => f.endsWith('.Dockerfile')).map((f) => f.replace(/\.Dockerfile$/, ''));
    const named = new Set([...MISTAKES, ...CORRECT].flatMap((m) => m.files));
    expect([...named].filter((f) => !have.includes(f))).toEqual([]);
    for (const f of have) expect(readFileSync(join(dir, `${f}.Dockerfile`), 'utf8')).toMatch(/^# Copied verbatim from the course seed notes: \d{3}_[0-9a-f]+\.txt, code block starting at line \d+\./);
  });
  for (const m of MISTAKES)
    for (const file of m.files)
      it(`ERRATA ${m.errata} (${m.what}): ${file} → ${m.rule}`, () => {
        const found = findings(file);
        expect(found.map((f) => f.rule), found.map((f) => `${f.line} ${f.rule}: ${f.message}`).join('\n')).toContain(m.rule);
      });
  for (const c of CORRECT)
    for (const file of c.files)
      it(`ERRATA ${c.errata} (correct: ${c.what}): ${file} has no ${c.rule}`, () => {
        expect(findings(file).filter((f) => f.rule === c.rule).map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      });
});
