// Every rule has a page, a test table and a registry entry (and nothing exists without a rule), and
// every example on a rule page is graded as labelled: bad → its rule is reported; good → that rule
// is not reported and nothing at error severity is.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, RULES } from '../../src/engine/rules/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pagesDir = join(root, 'content/rules');
const examplesDir = join(root, 'content/examples');
const ids = RULES.map((r) => r.id);

/** Base names (without extension) of the files in `dir` ending with `ext`. */
const names = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)) : []);

/** <Example .../> tags of an MDX page (outside code fences) as attribute maps. */
function examples(mdx: string): Record<string, string>[] {
  const text = mdx.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return [...text.matchAll(/<Example\b([\s\S]*?)\/>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/([A-Za-z]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

describe('rule parity', () => {
  it('registry ids are unique kebab-case and sorted', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
  it('every registered rule has a page, a test table and its own source file', () => {
    const pages = new Set(names(pagesDir, '.mdx'));
    const tests = new Set(names(join(root, 'test/engine/rules'), '.test.ts'));
    const sources = new Set(names(join(root, 'src/engine/rules'), '.ts'));
    const missing = ids.flatMap((id) => [
      ...(pages.has(id) ? [] : [`content/rules/${id}.mdx`]),
      ...(tests.has(id) ? [] : [`test/engine/rules/${id}.test.ts`]),
      ...(sources.has(id) ? [] : [`src/engine/rules/${id}.ts`]),
    ]);
    expect(missing).toEqual([]);
  });
  it('no page, test table or rule file exists without a registered rule', () => {
    const known = new Set([...ids, 'index']);
    const orphans = [
      ...names(pagesDir, '.mdx').filter((n) => !known.has(n)).map((n) => `content/rules/${n}.mdx`),
      ...names(join(root, 'test/engine/rules'), '.test.ts').filter((n) => !known.has(n)).map((n) => `test/engine/rules/${n}.test.ts`),
      ...names(join(root, 'src/engine/rules'), '.ts').filter((n) => !known.has(n) && !['define', 'context'].includes(n)).map((n) => `src/engine/rules/${n}.ts (not in RULES)`),
    ];
    expect(orphans).toEqual([]);
  });
  it('the rule index page renders a registry table for every category', () => {
    const index = readFileSync(join(pagesDir, 'index.mdx'), 'utf8');
    const shown = [...index.matchAll(/<RuleIndex(?:\s+category="([a-z-]+)")?\s*\/>/g)].map((m) => m[1] ?? '*');
    if (!shown.includes('*')) expect([...new Set(RULES.map((r) => r.category))].filter((c) => !shown.includes(c))).toEqual([]);
  });
});

describe.each(ids)('page /rules/%s/', (id) => {
  const file = join(pagesDir, `${id}.mdx`);
  const mdx = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const tags = examples(mdx);

  it('has a title, its fact box, one bad and one good example of this rule', () => {
    expect(mdx, `content/rules/${id}.mdx is missing`).not.toBe('');
    expect(mdx).toMatch(new RegExp(`^---[\\s\\S]*?\\ntitle: ${id}\\n[\\s\\S]*?---`));
    expect(mdx).toContain(`<RuleFacts id="${id}" />`);
    expect(tags.map((t) => `${t.name} ${t.verdict}`)).toEqual(expect.arrayContaining([`rules/${id}-bad bad`, `rules/${id}-good good`]));
  });

  for (const tag of tags) {
    it(`${tag.name} (${tag.verdict}) is graded as labelled`, () => {
      const path = join(examplesDir, `${tag.name}.Dockerfile`);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      const found = check(readFileSync(path, 'utf8'), tag.target ? { target: tag.target } : {});
      const show = found.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
      if (tag.verdict === 'bad') {
        const claimed = (tag.findings ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        expect(claimed).toContain(id);
        for (const c of claimed) expect(found.map((f) => f.rule), show.join('\n')).toContain(c);
      } else if (tag.verdict === 'good') {
        expect(found.filter((f) => f.rule === id || f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`)).toEqual([]);
      }
    });
  }
});
