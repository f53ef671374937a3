// Checks every lesson under content/learn against the lesson contract: frontmatter, an ending
// exercise or "Check yourself", and that every <Example> is graded as the text claims.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const learnDir = join(root, 'content/learn');
const examplesDir = join(root, 'content/examples');

/** All files under `dir` (recursively) whose name ends with `ext`. */
function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );
}

type EngineModule = typeof import('../../src/engine/index.ts');
type RulesModule = typeof import('../../src/engine/rules/index.ts');
const cache = new Map<string, Promise<unknown>>();
/** Import a module the lessons depend on; fail with a plain message (never skip) when it is missing. */
function need<T>(rel: string, what: string): Promise<T> {
  if (!cache.has(rel))
    cache.set(rel, import(/* @vite-ignore */ join(root, rel)).catch((err: Error) => {
      throw new Error(`${what} is missing: could not import ${rel} (${err.message.split('\n')[0]}). Lesson examples cannot be checked without it.`);
    }));
  return cache.get(rel) as Promise<T>;
}
const engine = () => need<EngineModule>('src/engine/index.ts', 'The engine (analyze/resolve/parseRunArgs)');
const rules = () => need<RulesModule>('src/engine/rules/index.ts', 'The rule checker (check)');

/** One <Example .../> tag found in a lesson. */
interface ExampleTag { attrs: Record<string, string>; line: number; raw: string }

/** Extract <Example .../> tags (outside code fences); every attribute must be a plain string. */
function exampleTags(mdx: string): ExampleTag[] {
  const text = mdx.replace(/^(```|~~~)[\s\S]*?^\1/gm, (m) => m.replace(/[^\n]/g, ' '));
  const tags: ExampleTag[] = [];
  for (const m of text.matchAll(/<Example\b([\s\S]*?)\/>/g)) {
    const attrs: Record<string, string> = {};
    const body = m[1]!;
    const rest = body.replace(/([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g, (_all, k: string, d?: string, s?: string) => {
      attrs[k] = d ?? s ?? '';
      return '';
    });
    const line = text.slice(0, m.index).split('\n').length;
    if (rest.trim()) attrs['__unparsed'] = rest.trim();
    tags.push({ attrs, line, raw: m[0] });
  }
  return tags;
}

/** Frontmatter of an MDX file, or null when it has none. */
function frontmatter(mdx: string): Record<string, unknown> | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx);
  return m ? (parseYaml(m[1]!) as Record<string, unknown>) : null;
}

const lessons = walk(learnDir, '.mdx');

describe('content/learn', () => {
  it('has lessons', () => expect(lessons.length).toBeGreaterThan(0));

  it('never says "destroyless" (the word is distroless; ERRATA 1)', () => {
    const offenders = [...walk(join(root, 'content'), '.mdx'), ...walk(join(root, 'content'), '.md'), ...walk(examplesDir, '.Dockerfile')]
      .filter((f) => /destroyless/i.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});

for (const file of lessons) {
  const rel = relative(root, file);
  const mdx = readFileSync(file, 'utf8');

  describe(rel, () => {
    it('has title, description and sidebar.order', () => {
      const fm = frontmatter(mdx);
      expect(fm, 'frontmatter').not.toBeNull();
      expect(typeof fm!.title, 'title').toBe('string');
      expect(String(fm!.title).length).toBeGreaterThan(0);
      expect(typeof fm!.description, 'description').toBe('string');
      expect(String(fm!.description).length).toBeGreaterThan(0);
      expect(typeof (fm!.sidebar as { order?: unknown } | undefined)?.order, 'sidebar.order').toBe('number');
    });

    it('ends with an exercise link or a "Check yourself" section', () => {
      const body = mdx.replace(/^---[\s\S]*?\n---/, '');
      const headings = [...body.matchAll(/^##\s+(.*)$/gm)];
      const last = headings.at(-1);
      const tail = last ? body.slice(last.index) : body;
      const ok = /\/exercises\/[a-z0-9-]+\/?/.test(tail) || /check yourself/i.test(tail);
      expect(ok, `the last section ("${last?.[1] ?? '(none)'}") has no /exercises/<id>/ link and no "Check yourself"`).toBe(true);
    });

    it('links only to lessons that exist and rules that are registered', async () => {
      const links = [...mdx.matchAll(/\]\((\/(?:learn|rules)\/[^)#\s]*)/g)].map((m) => m[1]!);
      const broken = links.filter((u) => u.startsWith('/learn/') && !existsSync(join(root, 'content', `${u.replace(/\/$/, '')}.mdx`)));
      const ruleLinks = links.filter((u) => u.startsWith('/rules/'));
      if (ruleLinks.length) {
        const { RULES } = await rules();
        const ids = new Set(RULES.map((r) => r.id));
        broken.push(...ruleLinks.filter((u) => !ids.has(u.split('/')[2]!)));
      }
      expect(broken).toEqual([]);
    });

    for (const tag of exampleTags(mdx)) {
      const { name, verdict, findings, target, runs } = tag.attrs;
      it(`line ${tag.line}: <Example name="${name}" verdict="${verdict}">`, async () => {
        expect(tag.attrs['__unparsed'], `attributes must be plain strings: ${tag.raw}`).toBeUndefined();
        expect(name, 'name').toBeTruthy();
        expect(['good', 'bad', 'neutral'], `verdict "${verdict}"`).toContain(verdict);
        const path = join(examplesDir, `${name}.Dockerfile`);
        expect(existsSync(path), `${relative(root, path)} exists`).toBe(true);
        const text = readFileSync(path, 'utf8');
        const claimed = (findings ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        if (verdict === 'bad') expect(claimed.length, 'a bad example names the findings the text claims').toBeGreaterThan(0);

        const { resolve, parseRunArgs } = await engine();
        const runList = (runs ?? '').split(';').map((s) => s.trim());
        for (const run of runList) {
          const opts = { ...(run ? parseRunArgs(run) : {}), ...(target ? { target } : {}) };
          const result = resolve(text, opts);
          expect(result.argv === null ? typeof result.error : 'argv', `run "${run}" gives argv or an error`).not.toBe('undefined');
        }
        if (verdict === 'good') {
          // A good example must also start: its plain `docker run` has a command and no predicted failure.
          const plain = resolve(text, target ? { target } : {});
          expect(plain.argv, `good example, but docker run fails: ${plain.error}`).not.toBeNull();
          expect(plain.problems.map((p) => p.message), 'good example, but the simulator predicts failures').toEqual([]);
        }

        const { check } = await rules();
        const reported = check(text, target ? { target } : undefined);
        const summary = reported.map((f) => `${f.rule} (${f.severity}, line ${f.line})`).join(', ') || 'nothing';
        if (verdict === 'good') {
          const serious = reported.filter((f) => f.severity === 'error' || f.severity === 'warning');
          expect(serious.map((f) => f.rule), `good example, but the checker reports: ${summary}`).toEqual([]);
        }
        if (verdict === 'bad') {
          const ids = new Set(reported.map((f) => f.rule));
          expect(claimed.filter((id) => !ids.has(id)), `claimed findings not reported (checker reports: ${summary})`).toEqual([]);
        }
      });
    }
  });
}
