// A sketch of what each stage's filesystem holds: where COPY/ADD put things (Docker's destination
// rules) and what well-known RUN commands produce (go build -o, venvs, pip --target/--prefix,
// npm ci, mvn package). Enough to answer "is argv[0] really in the final image?".

import type { CopyInstruction, FileEntry, Stage } from './types.ts';
import { resolvePath, cleanPath } from './expand.ts';

/** Build-context names that are directories by convention (build outputs, assets, config trees). */
const CONTEXT_DIR_NAMES = /^(bin|dist|build|out|output|release|releases|publish|target|public|static|assets|lib|libs|config|configs|conf|etc|rootfs|files|scripts|templates|www|html|site|resources|vendor|node_modules)$/;

/**
 * Where COPY/ADD put each source. Docker: the destination is a directory when it ends with `/`,
 * is `.`, or there are several sources; a directory source copies its *contents* into the
 * destination; a file source into a directory destination keeps its base name.
 */
export function copyEntries(copy: CopyInstruction, line: number, isDirInSource: (src: string) => boolean): FileEntry[] {
  const destIsDir = copy.dest.endsWith('/') || copy.dest === '.' || copy.dest.endsWith('/.') || copy.sources.length > 1;
  const out: FileEntry[] = [];
  for (const src of copy.sources) {
    const from: FileEntry['from'] =
      copy.source.kind === 'stage'
        ? { kind: 'stage', stage: copy.source.stage, src }
        : copy.source.kind === 'image'
          ? { kind: 'image', ref: copy.source.ref, src }
          : { kind: 'context', src };
    const glob = /[*?[]/.test(src);
    const dirSource = glob ? false : src === '.' || src.endsWith('/') || src === '/' || isDirInSource(src);
    if (dirSource || (glob && destIsDir)) {
      out.push({ path: copy.destAbs, kind: 'copy', from, line, tree: true });
    } else if (destIsDir) {
      const base = cleanPath(src).split('/').pop() || src;
      out.push({ path: resolvePath(copy.destAbs, base), kind: 'copy', from, line, tree: false });
      // A source without an extension may be a directory we cannot see: then its contents land
      // in the destination. Keep that possibility open.
      // From the build context we cannot look, so only conventional directory names count
      // (`COPY ./bin ./` on distroless :nonroot, then ENTRYPOINT ["/home/nonroot/app"]).
      if (!/\.[A-Za-z0-9]+$/.test(base) && (copy.source.kind !== 'context' || CONTEXT_DIR_NAMES.test(base))) {
        out.push({ path: copy.destAbs, kind: 'copy', from, line, tree: true });
      }
    } else {
      out.push({ path: copy.destAbs, kind: 'copy', from, line, tree: !/\.[A-Za-z0-9]+$/.test(src) && (isDirInSource(src) || (copy.source.kind === 'context' && CONTEXT_DIR_NAMES.test(cleanPath(src).split('/').pop() ?? ''))) });
    }
  }
  return out;
}

/**
 * Outputs of well-known build commands in a RUN script, resolved against `workdir`, following
 * `cd DIR &&` / `cd DIR;` the way the shell would (`cd /app && npm ci` fills /app/node_modules).
 */
export function runOutputs(script: string, workdir: string): { path: string; dir: boolean }[] {
  if (!script.includes('cd ')) return segmentOutputs(script, workdir);
  const out: { path: string; dir: boolean }[] = [];
  let cwd = workdir;
  for (const segment of script.split(/&&|;|\n/)) {
    const cd = /^\s*cd\s+(["']?)([^\s"'&|;]+)\1\s*$/.exec(segment);
    if (cd) cwd = cd[2].startsWith('$') || cd[2] === '-' ? cwd : resolvePath(cwd, cd[2]);
    else out.push(...segmentOutputs(segment, cwd));
  }
  return out;
}

function segmentOutputs(script: string, workdir: string): { path: string; dir: boolean }[] {
  const out: { path: string; dir: boolean }[] = [];
  const add = (p: string, dir = true) => out.push({ path: resolvePath(workdir, p.replace(/^["']|["']$/g, '')), dir });
  // Each recogniser runs only when its command word appears (this runs for every RUN).
  const has = (w: string) => script.includes(w);
  // `go build -o out/` writes into a directory; `-o app` names the binary.
  if (has("go")) for (const m of script.matchAll(/\bgo\s+build\b[^;&|]*?\s-o[\s=]+(\S+)/g)) add(m[1], m[1].endsWith('/'));
  if (has("venv")) for (const m of script.matchAll(/\b(?:python[\d.]*\s+-m\s+venv|virtualenv|uv\s+venv)\s+(?:--?[\w-]+\s+)*([\w./-]+)/g)) add(m[1]);
  if (has("pip")) for (const m of script.matchAll(/\bpip\d*(?:\.\d+)?\s+install\b[^;&|]*?--(?:target|prefix|root)[\s=]+(\S+)/g)) add(m[1]);
  if (has("pip")) for (const m of script.matchAll(/\bpip\d*(?:\.\d+)?\s+install\b[^;&|]*?\s-t\s+(\S+)/g)) add(m[1]);
  if (has("pip")) for (const m of script.matchAll(/\bpip\d*(?:\.\d+)?\s+install\b[^;&|]*?--user\b/g)) if (m) add('/root/.local');
  if (/\b(npm\s+(ci|install|i)\b|yarn(\s+install)?\b|pnpm\s+(install|i)\b)/.test(script)) add('node_modules');
  if (/\bnpm\s+run\s+build\b/.test(script)) { add('dist'); add('build'); }
  if (/\b(mvn|mvnw|\.\/mvnw)\b[^;&|]*\b(package|install|verify)\b/.test(script)) add('target');
  if (/\bgradle(w)?\b[^;&|]*\b(build|bootJar|jar|installDist)\b/.test(script)) add('build');
  if (/\bcargo\s+build\b/.test(script)) add('target');
  if (has("mkdir")) for (const m of script.matchAll(/\bmkdir\s+(?:-p\s+)?((?:[\w./-]+\s*)+)/g)) for (const p of m[1].trim().split(/\s+/)) add(p);
  if (has("/")) for (const m of script.matchAll(/\b(?:touch|cp\s+\S+|mv\s+\S+|ln\s+-s+f?\s+\S+|curl\b[^;&|]*?-o|wget\b[^;&|]*?-O)\s+(\/[\w./-]+)/g)) add(m[1], false);
  // `cp target/*.jar app.jar`, `mv build/out bin/`: relative destinations (absolute ones above).
  if (has("cp ") || has("mv ")) for (const part of script.split(/&&|\|\||;|\n|\|/)) {
    const w = part.trim().split(/\s+/);
    if ((w[0] !== 'cp' && w[0] !== 'mv') || w.length < 3) continue;
    const args = w.slice(1).filter((x) => !x.startsWith('-'));
    const dest = args.at(-1) ?? '';
    if (args.length < 2 || !/^[\w.][\w./-]*$/.test(dest)) continue;
    // Into a directory (`.`, `out/`): each source keeps its name; a glob may put anything there.
    if (dest.endsWith('/') || dest === '.' || dest === '..') for (const src of args.slice(0, -1)) add(/[*?[]/.test(src) ? dest : `${dest}/${src.split('/').pop()}`, /[*?[]/.test(src));
    else add(dest, false);
  }
  if (has(">")) for (const m of script.matchAll(/(?:^|[;&|]\s*|\s)>{1,2}\s*(\/[\w./-]+)/g)) add(m[1], false);
  return out;
}

/** Whether `path` exists in the sketch `entries` (exactly, or possibly inside a copied tree). */
export function sketchHas(entries: FileEntry[], path: string): FileEntry | null {
  const p = cleanPath(path);
  for (const e of entries) {
    if (e.path === p) return e;
    if (e.tree && (p.startsWith(e.path.endsWith('/') ? e.path : e.path + '/') || e.path === '/')) return e;
  }
  // A path below what we took for a copied build-context file (`COPY tools /opt/tools`, then
  // /opt/tools/bin/run): the source was a directory after all, which we cannot see from here.
  for (const e of entries)
    if (e.kind === 'copy' && !e.tree && e.from.kind === 'context' && !/\.[A-Za-z0-9]+$/.test(e.from.src) && p.startsWith(e.path + '/')) return e;
  return null;
}

/** All file entries of `stage` including those of the stages it is built FROM. */
export function stageFiles(stages: Stage[], stage: Stage): FileEntry[] {
  const chain: FileEntry[] = [];
  let s: Stage | undefined = stage;
  const seen = new Set<number>();
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    chain.push(...s.files);
    s = s.base.kind === 'stage' ? stages[s.base.stage] : undefined;
  }
  return chain;
}
