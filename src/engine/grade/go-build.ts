// Reads `go build` / `go install` commands out of RUN instructions: where the binary lands
// (including Go's default output names) and whether cgo is on.
// Source: `go help build` (-o; "the output file is named after the first source file … or the
// last element of the import path, ignoring a major-version suffix"), `go help install`
// ($GOBIN or $GOPATH/bin), `go help environment` / cmd/go (CGO_ENABLED defaults to 1 only when a
// C compiler is found on PATH, Go 1.20+).

import type { DockerfileModel, FileEntry, Stage } from '../types.ts';
import { parseKeyValues, resolvePath } from '../expand.ts';
import { splitAssignments, stageCommands, stageTools } from './commands.ts';
import { chainOf } from './trace.ts';

export interface GoBuild {
  stage: Stage;
  line: number;
  /** Absolute path of the binary it writes (null when it cannot be told, e.g. -o into a variable). */
  output: string | null;
  /** cgo state for this build: `off` when CGO_ENABLED=0 is in effect, `on` when a C compiler makes it 1. */
  cgo: 'off' | 'on';
  /** Why cgo is off/on, for messages. */
  cgoWhy: string;
  /** `-ldflags '-extldflags "-static"'`: linked statically even with cgo on. */
  staticLink: boolean;
}

const VALUE_FLAGS = new Set(['-o', '-ldflags', '-gcflags', '-asmflags', '-tags', '-mod', '-modfile', '-p', '-buildmode', '-installsuffix', '-pkgdir', '-toolexec', '-overlay', '-pgo', '-buildvcs', '-C', '-covermode', '-coverpkg']);

/** The WORKDIR in effect at `line` in `stage` (WORKDIR instructions before it, else the inherited one). */
export function workdirAt(model: DockerfileModel, stage: Stage, line: number): string {
  let wd = stage.base.kind === 'stage' ? model.stages[stage.base.stage].config.workdir : (stage.rootImage?.workdir || '/');
  for (const ins of stage.instructions) {
    if (ins.range.line >= line) break;
    if (ins.keyword === 'WORKDIR' && ins.args[0]) {
      const raw = ins.argsText.trim().replace(/^["']|["']$/g, '');
      wd = resolvePath(wd, raw.includes('$') ? stage.config.workdir : raw);
    }
  }
  return wd;
}

/** The module path in go.mod (`module example.com/calc`), or null. */
export function goModule(context: Record<string, string>): string | null {
  for (const [path, text] of Object.entries(context)) {
    if (path.split('/').pop() !== 'go.mod') continue;
    const m = /^module\s+(\S+)/m.exec(text);
    if (m) return m[1].replace(/^"|"$/g, '');
  }
  return null;
}

function defaultName(pkgArgs: string[], module: string | null, cwd: string): string {
  const first = pkgArgs[0];
  if (first && first.endsWith('.go')) return first.split('/').pop()!.replace(/\.go$/, '');
  let importPath = module ?? cwd.split('/').pop() ?? 'main';
  if (first && first !== '.' && first !== './') importPath = first.replace(/\/\.\.\.$/, '');
  const parts = importPath.split('/').filter((p) => p && p !== '.');
  let last = parts.pop() ?? 'main';
  if (/^v\d+$/.test(last) && parts.length) last = parts.pop()!;
  return last;
}

/** Every go build / go install in the Dockerfile. */
export function goBuilds(model: DockerfileModel, context: Record<string, string>): GoBuild[] {
  const out: GoBuild[] = [];
  const module = goModule(context);
  for (const stage of model.stages) {
    const cmds = stageCommands(stage);
    for (const c of cmds) {
      const { env, rest } = splitAssignments(c.words);
      if (rest[0] !== 'go' || (rest[1] !== 'build' && rest[1] !== 'install')) continue;
      const cwd = workdirAt(model, stage, c.line);
      let o: string | null = null;
      let ldflags = '';
      const pkgs: string[] = [];
      for (let k = 2; k < rest.length; k++) {
        const w = rest[k];
        const eq = w.indexOf('=');
        const name = w.startsWith('-') ? (eq > 0 ? w.slice(0, eq) : w).replace(/^--/, '-') : null;
        const value = name && eq > 0 ? w.slice(eq + 1) : name && VALUE_FLAGS.has(name) ? rest[++k] : null;
        if (name === '-o') o = value ?? null;
        else if (name === '-ldflags') ldflags += ` ${value ?? ''}`;
        else if (!name) pkgs.push(w);
      }
      const bin = defaultName(pkgs, module, cwd);
      let output: string | null;
      if (rest[1] === 'install') {
        const gobin = env.GOBIN ?? c.exported.GOBIN ?? stage.vars.GOBIN;
        output = resolvePath(gobin || `${stage.vars.GOPATH || '/go'}/bin`, bin);
      } else if (o === null) output = resolvePath(cwd, bin);
      else if (o.includes('$')) output = null;
      else output = o.endsWith('/') ? resolvePath(resolvePath(cwd, o), bin) : resolvePath(cwd, o);
      const cgoVar = env.CGO_ENABLED ?? c.exported.CGO_ENABLED ?? goEnvW(model, stage, c.line) ?? varAt(model, stage, c.line, 'CGO_ENABLED');
      let cgo: 'off' | 'on';
      let cgoWhy: string;
      if (cgoVar !== undefined) {
        cgo = cgoVar === '0' ? 'off' : 'on';
        cgoWhy = `CGO_ENABLED=${cgoVar}`;
      } else if (stageTools(model, stage).has('gcc')) {
        cgo = 'on';
        const root = chainOf(model, stage).at(-1);
        cgoWhy = root?.rootImage?.tools.includes('gcc') || root?.rootUnknown
          ? `${root.baseRef} has a C compiler, so cgo is on by default`
          : 'a C compiler is installed in the build stage, so cgo is on by default';
      } else {
        cgo = 'off';
        cgoWhy = `${chainOf(model, stage).at(-1)?.baseRef} has no C compiler, so cgo is off`;
      }
      const staticLink = /extldflags[= ]+['"]?[^'"]*-static/.test(ldflags);
      out.push({ stage, line: c.line, output, cgo, cgoWhy, staticLink });
    }
  }
  return out;
}

/** The value of ENV/ARG `name` a RUN on `line` of `stage` sees (ENV and ARG lines before it in the chain). */
export function varAt(model: DockerfileModel, stage: Stage, line: number, name: string): string | undefined {
  let value: string | undefined;
  for (const s of chainOf(model, stage).reverse())
    for (const ins of s.instructions) {
      if (s === stage && ins.range.line >= line) break;
      if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
      for (const { key, value: v } of parseKeyValues(ins.argsText).pairs)
        if (key === name) value = v === null ? (ins.keyword === 'ARG' ? model.globalArgs[name] ?? undefined : value) : v.replace(/^["']|["']$/g, '');
    }
  return value;
}

/** `go env -w CGO_ENABLED=…` in an earlier RUN of the chain (persisted in go's env file). */
function goEnvW(model: DockerfileModel, stage: Stage, line: number): string | undefined {
  let found: string | undefined;
  for (const s of chainOf(model, stage).reverse())
    for (const c of stageCommands(s)) {
      if (s === stage && c.line > line) continue;
      if (c.words[0] === 'go' && c.words[1] === 'env' && c.words[2] === '-w')
        for (const w of c.words.slice(3)) if (w.startsWith('CGO_ENABLED=')) found = w.slice('CGO_ENABLED='.length);
    }
  return found;
}

/** File entries for go build outputs the generic sketch misses (default names, go install). */
export function goOutputEntries(builds: GoBuild[]): Map<number, FileEntry[]> {
  const m = new Map<number, FileEntry[]>();
  for (const b of builds) {
    if (!b.output) continue;
    const list = m.get(b.stage.index) ?? [];
    list.push({ path: b.output, kind: 'run', from: { kind: 'run' }, line: b.line, tree: false });
    m.set(b.stage.index, list);
  }
  return m;
}
