// Provenance of a path in an image: which COPY put it there, from which stage, and where it came
// from in the end (a build-context file, a RUN in some stage, the base image). Goals use it to ask
// "is the program the command starts really the binary the builder compiled?".

import type { DockerfileModel, FileEntry, Stage } from '../types.ts';
import { cleanPath, resolvePath, shellSplit } from '../expand.ts';
import { runScript } from './commands.ts';
import { workdirAt } from './go-build.ts';
import { fromChain } from '../stages.ts';

/** One COPY/ADD crossed while tracing (destination stage and line). */
export interface Hop {
  stage: number;
  line: number;
  /** The source path in the previous stage (or context), as resolved. */
  src: string;
}

export type Origin =
  | { kind: 'context'; path: string }
  | { kind: 'run'; stage: number; line: number }
  | { kind: 'base'; stage: number }
  | { kind: 'image'; ref: string; path: string }
  | { kind: 'workdir'; stage: number; line: number }
  /** Found under a copied tree whose insides we cannot see (e.g. a directory of the base image). */
  | { kind: 'unknown'; stage: number; path: string };

export interface Trace {
  /** The stage where the path was found at the end of the chain of copies. */
  origin: Origin;
  /** COPY instructions crossed, nearest (final stage) first. */
  hops: Hop[];
}

/** The stage and its FROM ancestors, nearest first. */
export const chainOf = (model: DockerfileModel, stage: Stage): Stage[] => fromChain(model, stage);

export const under = (p: string, dir: string) => dir === '/' || p === dir || p.startsWith(dir + '/');
export const rel = (p: string, dir: string) => (p === dir ? '' : dir === '/' ? p.slice(1) : p.slice(dir.length + 1));
const GLOB = /[*?[]/;

function globRegex(glob: string): RegExp {
  const re = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${re}$`);
}

/** Candidate file entries for `p` in one stage, latest instruction first, exact matches before trees. */
function candidates(files: FileEntry[], p: string): FileEntry[] {
  const hits = files.filter((e) => e.path === p || (e.tree && under(p, e.path)));
  // Exact paths first, then copied trees, then directories a RUN created (a venv, pip --target,
  // mkdir -p): those only *may* hold the path, so anything more specific wins. Later lines first.
  // Among trees, the deeper one is more specific (a RUN's /src/target beats COPY . /src).
  const rank = (e: FileEntry) => (e.path === p ? 0 : e.from.kind === 'run' ? 2 : 1);
  return hits.sort((a, b) => Number(a.path !== p) - Number(b.path !== p) || b.path.length - a.path.length || rank(a) - rank(b) || b.line - a.line);
}

export function contextPath(src: string, inside: string): string {
  const s = cleanPath(src.replace(/^\.\//, '')).replace(/^\/+/, '');
  const base = s === '.' ? '' : s;
  return cleanPath([base, inside].filter(Boolean).join('/') || '.');
}

/**
 * Trace absolute `path` in the image of `stage`. Null when nothing we know of put it there.
 * `extra` adds file entries per stage index (e.g. Go's default build outputs).
 */
export function tracePath(model: DockerfileModel, stage: Stage, path: string, extra?: Map<number, FileEntry[]>, depth = 0, contextFiles?: Set<string>): Trace | null {
  if (depth > 16) return null;
  const p = cleanPath(path);
  for (const s of chainOf(model, stage)) {
    const known = extra?.get(s.index) ?? [];
    // The model does not see the build context: `COPY mysite ./mysite` of a context directory is a tree.
    const own = contextFiles ? s.files.map((e) => (!e.tree && e.from.kind === 'context' && isContextDir(contextFiles, e.from.src) ? { ...e, tree: true } : e)) : s.files;
    for (const e of candidates(known.length ? [...own, ...known] : own, p)) {
      // `go build -o /out/ .` makes a directory, but the only file it writes there is the binary
      // Go names (known exactly in `extra`): /out/calc is not in it.
      if (e.tree && e.from.kind === 'run' && known.some((k) => k.line === e.line && k.path !== p && under(k.path, e.path))) continue;
      // `COPY --from=build /calculator /app/`: /app is the directory the file went into, not the
      // file (the copy keeps both readings open when the source has no extension).
      if (e.tree && e.path === p && e.from.kind === 'stage' && copiedFileInto(model, s, e, extra)) continue;
      const t = traceEntry(model, s, e, p, extra, depth, contextFiles);
      // A copied context directory holds only the files the context has.
      if (t && t.origin.kind === 'context' && contextFiles && e.tree && !contextHolds(contextFiles, t.origin.path)) continue;
      if (t) return t;
    }
    if (s.base.kind !== 'stage') {
      const img = s.rootImage;
      if (img && (img.files.includes(p) || img.shellPath === p)) return { origin: { kind: 'base', stage: s.index }, hops: [] };
    }
  }
  return null;
}

function traceEntry(model: DockerfileModel, s: Stage, e: FileEntry, p: string, extra: Map<number, FileEntry[]> | undefined, depth: number, contextFiles?: Set<string>): Trace | null {
  const inside = e.tree ? rel(p, e.path) : '';
  switch (e.from.kind) {
    case 'run':
      if (e.kind === 'workdir') return e.path === p ? { origin: { kind: 'workdir', stage: s.index, line: e.line }, hops: [] } : null;
      return followCopyCommand(model, s, e.line, p, extra, depth, contextFiles) ?? { origin: { kind: 'run', stage: s.index, line: e.line }, hops: [] };
    case 'base':
      return { origin: { kind: 'base', stage: s.index }, hops: [] };
    case 'context': {
      const src = e.from.src;
      return { origin: { kind: 'context', path: contextPath(src, inside) }, hops: [{ stage: s.index, line: e.line, src }] };
    }
    case 'image':
      return { origin: { kind: 'image', ref: e.from.ref, path: resolvePath('/', `${e.from.src}/${inside}`) }, hops: [{ stage: s.index, line: e.line, src: e.from.src }] };
    case 'stage': {
      const from = model.stages[e.from.stage];
      if (!from) return null;
      const hop: Hop = { stage: s.index, line: e.line, src: e.from.src };
      // COPY --from sources are relative to the source stage's root, not its WORKDIR.
      if (GLOB.test(e.from.src)) {
        const srcAbs = resolvePath('/', e.from.src);
        const dir = srcAbs.split('/').slice(0, srcAbs.split('/').findIndex((seg) => GLOB.test(seg))).join('/') || '/';
        const re = globRegex(srcAbs);
        for (const cs of chainOf(model, from))
          for (const fe of cs.files)
            if (re.test(fe.path) || (fe.tree && under(fe.path, dir)) || (fe.tree && under(dir, fe.path))) {
              const inner = fe.path === dir || re.test(fe.path) ? tracePath(model, from, fe.path, extra, depth + 1, contextFiles) : tracePath(model, from, dir, extra, depth + 1, contextFiles);
              if (inner) return { origin: inner.origin, hops: [hop, ...inner.hops] };
            }
        return null;
      }
      const srcPath = resolvePath('/', inside ? `${e.from.src}/${inside}` : e.from.src);
      const inner = tracePath(model, from, srcPath, extra, depth + 1, contextFiles);
      if (!inner) return null;
      return { origin: inner.origin, hops: [hop, ...inner.hops] };
    }
  }
}

/**
 * `RUN cp target/*.jar app.jar` (or mv) only moves a file: where it came from is where its source
 * came from (a jar Maven built, a context file). Null when the RUN does not copy to `p`.
 */
function followCopyCommand(model: DockerfileModel, s: Stage, line: number, p: string, extra: Map<number, FileEntry[]> | undefined, depth: number, contextFiles?: Set<string>): Trace | null {
  const run = s.runs.find((r) => r.instruction.range.line === line);
  if (!run) return null;
  const cwd = workdirAt(model, s, line);
  for (const part of runScript(run).split(/&&|\|\||;|\n|\|/)) {
    const w = shellSplit(part.trim());
    if (w[0] !== 'cp' && w[0] !== 'mv') continue;
    const args = w.slice(1).filter((x) => !x.startsWith('-')).map((x) => resolvePath(cwd, x));
    if (args.length < 2) continue;
    const dest = args.pop()!;
    const name = p.split('/').pop()!;
    // To the path itself (one source), or into a directory that now holds a source of that name.
    const src = dest === p && args.length === 1 ? args[0] : dirOf(p) === dest ? args.find((a) => a.split('/').pop() === name || (GLOB.test(a) && globRegex(a.split('/').pop()!).test(name))) : undefined;
    if (!src || src === p) continue;
    const inner = tracePath(model, s, src, extra, depth + 1, contextFiles);
    if (inner) return inner;
  }
  return null;
}

/** Whether the COPY behind tree entry `e` put a file known to be a file (a build output) inside `e.path`. */
function copiedFileInto(model: DockerfileModel, s: Stage, e: FileEntry, extra: Map<number, FileEntry[]> | undefined): boolean {
  if (e.from.kind !== 'stage') return false;
  const src = resolvePath('/', e.from.src);
  const inside = resolvePath(e.path, src.split('/').pop() || '');
  if (!s.files.some((f) => f.line === e.line && !f.tree && f.path === inside)) return false;
  const from = model.stages[e.from.stage];
  if (!from) return false;
  return chainOf(model, from).some((cs) => [...cs.files, ...(extra?.get(cs.index) ?? [])].some((f) => f.path === src && !f.tree));
}

const dirOf = (p: string) => p.replace(/\/[^/]*$/, '') || '/';

/** Whether COPY source `src` names a directory of the build context (it holds files). */
function isContextDir(files: Set<string>, src: string): boolean {
  if (/[*?[]/.test(src)) return false;
  const dir = contextPath(src, '');
  if (dir === '.') return true;
  for (const f of files) if (f.startsWith(`${dir}/`)) return true;
  return false;
}

/** Whether the build context has `path` as a file or as a directory holding files. */
function contextHolds(files: Set<string>, path: string): boolean {
  if (path === '.' || files.has(path)) return true;
  for (const f of files) if (f.startsWith(`${path}/`)) return true;
  return false;
}

/** Where a path lives, for messages: "copied from stage "build" (line 12), built by RUN on line 6". */
export function describeTrace(model: DockerfileModel, t: Trace): string {
  const o = t.origin;
  const first = t.hops[0];
  const via = first ? `copied on line ${first.line}` : '';
  const what =
    o.kind === 'context' ? `the build-context file ${o.path}`
    : o.kind === 'run' ? `made by the RUN on line ${o.line} in stage ${model.stages[o.stage]?.name ?? o.stage}`
    : o.kind === 'base' ? `part of the base image ${model.stages[o.stage]?.baseRef}`
    : o.kind === 'image' ? `${o.path} from the image ${o.ref}`
    : o.kind === 'workdir' ? `a directory created by WORKDIR on line ${o.line}`
    : `inside a copied directory`;
  return via ? `${via}: ${what}` : what;
}
