// Page-weight and speed budgets of the site (issue 5), checked from the build output (`dist/`):
// lesson pages ship <= 30 KB of JS (gzip); exercise pages load no Monaco code before first paint
// (none in the initial HTML's scripts, module preloads or their static imports); Lighthouse mobile
// performance >= 95 (median of 3 runs) on a lesson page and an exercise page. Called by bench/run.ts.

import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.STAGECRAFT_DIST ?? new URL('../dist/', import.meta.url).pathname;
const LESSON_JS_BUDGET = 30 * 1024;
const LIGHTHOUSE_MIN = 95;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/** Every `index.html` under `dir`, as site paths (`/learn/x/y/`). */
function pages(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(DIST, dir))) {
    const p = join(dir, name);
    if (statSync(join(DIST, p)).isDirectory()) out.push(...pages(p, `${base}/${name}`));
    else if (name === 'index.html') out.push(`/${dir}/`.replace(/\/+/g, '/'));
  }
  return out;
}

/** Script URLs a page loads up front: module scripts and module preloads. Inline scripts are returned as text. */
function initialScripts(html: string): { files: string[]; inline: string[] } {
  const files = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim());
  return { files, inline };
}

/** Static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`) of a JS chunk; dynamic import() is not followed. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** The closure of JS files a page loads before any interaction, with their gzip sizes. */
export function initialJs(pagePath: string): { files: Map<string, number>; inlineBytes: number } {
  const html = readFileSync(join(DIST, pagePath, 'index.html'), 'utf8');
  const { files, inline } = initialScripts(html);
  const seen = new Map<string, number>();
  const queue = files.filter((f) => f.startsWith('/'));
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const path = join(DIST, url);
    if (!existsSync(path)) continue;
    const code = readFileSync(path);
    seen.set(url, gzipSync(code, { level: 9 }).length);
    for (const imp of staticImports(code.toString('utf8'))) queue.push(imp.startsWith('/') ? imp : posix.join(posix.dirname(url), imp));
  }
  const inlineBytes = inline.reduce((n, s) => n + gzipSync(s, { level: 9 }).length, 0);
  return { files: seen, inlineBytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const isMonaco = (url: string) => /monaco|editor\.worker/i.test(url) || readFileSync(join(DIST, url), 'utf8').includes('MonacoEnvironment');

/** Lesson JS budget and "no Monaco before first paint", from the files alone. */
export function checkBytes(): boolean {
  const lessons = pages('learn');
  let ok = true;
  let worst = { page: '', bytes: 0 };
  for (const p of lessons) {
    const { files, inlineBytes } = initialJs(p);
    const bytes = sum(files) + inlineBytes;
    if (bytes > worst.bytes) worst = { page: p, bytes };
  }
  const lessonOk = lessons.length > 0 && worst.bytes <= LESSON_JS_BUDGET;
  console.log(`  ${lessonOk ? 'ok  ' : 'MISS'} lesson JS (gzip, scripts + preloads + static imports): heaviest ${worst.page} ${kb(worst.bytes)} of ${lessons.length} lessons (budget ${kb(LESSON_JS_BUDGET)})`);
  ok &&= lessonOk;
  const exercises = pages('exercises').filter((p) => p !== '/exercises/');
  for (const p of exercises) {
    const { files, inlineBytes } = initialJs(p);
    const monaco = [...files.keys()].filter(isMonaco);
    const css = [...readFileSync(join(DIST, p, 'index.html'), 'utf8').matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]*monaco[^"]*)"/g)].map((m) => m[1]);
    const pageOk = monaco.length === 0 && css.length === 0;
    ok &&= pageOk;
    console.log(`  ${pageOk ? 'ok  ' : 'MISS'} ${p}: no Monaco before first paint${pageOk ? '' : ` (found ${[...monaco, ...css].join(', ')})`}; initial JS ${kb(sum(files) + inlineBytes)} gzip`);
  }
  if (!exercises.length) {
    console.log('  MISS no exercise pages in the build');
    ok = false;
  }
  return ok;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.png': 'image/png', '.xml': 'application/xml', '.wasm': 'application/wasm' };

/** A static file server for dist/ (directory index, 404). */
function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** Median Lighthouse mobile performance score (0–100) of `url` over RUNS runs. */
async function lighthouseMedian(url: string): Promise<number[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const scores: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const r = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
      scores.push(Math.round((r?.lhr.categories.performance?.score ?? 0) * 100));
    } finally {
      await chrome.kill();
    }
  }
  return scores.sort((a, b) => a - b);
}

/** Lighthouse (mobile, default throttling) on the first lesson and the first exercise page. */
export async function checkLighthouse(): Promise<boolean> {
  const { server, origin } = await serve();
  let ok = true;
  try {
    const lesson = pages('learn').sort()[0];
    const exercise = pages('exercises').filter((p) => p !== '/exercises/').sort()[0];
    for (const p of [process.env.LIGHTHOUSE_LESSON ?? lesson, process.env.LIGHTHOUSE_EXERCISE ?? exercise]) {
      if (!p) continue;
      const scores = await lighthouseMedian(origin + p);
      const median = scores[Math.floor(scores.length / 2)]!;
      const pass = median >= LIGHTHOUSE_MIN;
      ok &&= pass;
      console.log(`  ${pass ? 'ok  ' : 'MISS'} Lighthouse mobile performance ${p}: median ${median} of [${scores.join(', ')}] (goal >= ${LIGHTHOUSE_MIN})`);
    }
  } finally {
    server.close();
  }
  return ok;
}

/** All page budgets; `LIGHTHOUSE=0` skips the (slow) Lighthouse runs. */
export async function benchBudgets(): Promise<boolean> {
  console.log(`page budgets (build output ${DIST})`);
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log('  MISS no build output: run `npm run build` first');
    return false;
  }
  const bytes = checkBytes();
  const lh = process.env.LIGHTHOUSE === '0' ? (console.log('  skip Lighthouse (LIGHTHOUSE=0)'), true) : await checkLighthouse();
  return bytes && lh;
}

if (process.argv[1]?.endsWith('bench/budgets.ts')) process.exitCode = (await benchBudgets()) ? 0 : 1;
