// Build steps whose inputs are not in the stage yet when they run: `pip install -r
// requirements.txt` before COPY requirements.txt ("Could not open requirements file"), `go build .`
// without go.mod ("go: go.mod file not found in current directory or any parent directory"),
// `mvn package` before the sources are copied (an empty jar: ClassNotFoundException at run time).
// Conservative: a bind mount on the RUN, an earlier RUN naming the file, or a `cd` skips the check.

import type { DockerfileModel, Stage } from '../types.ts';
import { resolvePath, cleanPath } from '../expand.ts';
import { splitAssignments, stageCommands } from './commands.ts';
import { workdirAt, varAt } from './go-build.ts';
import { chainOf, contextPath, rel, under } from './trace.ts';
import type { GoalContext } from './context.ts';

/** Whether `path` is in the image of stage `s` before `line` (COPY/ADD, a RUN output, another stage). */
function presentBefore(model: DockerfileModel, s: Stage, path: string, line: number, context: Set<string>): boolean {
  const holds = (cp: string) => cp === '.' || context.has(cp) || [...context].some((f) => f.startsWith(`${cp}/`));
  for (const st of chainOf(model, s))
    for (const e of st.files) {
      if (st === s && e.line >= line) continue;
      if (!under(path, e.path)) continue;
      // A context copy holds only what the context has (COPY . . or COPY src ./src).
      if (e.from.kind === 'context') {
        const inside = rel(path, e.path);
        if (/[*?[]/.test(e.from.src) ? globHolds(context, e.from.src, e.path === path ? path.split('/').pop()! : inside) : holds(contextPath(e.from.src, inside))) return true;
        continue;
      }
      // Anything else (COPY --from, a RUN's output directory) may hold it; a WORKDIR is empty.
      if ((e.path === path || e.tree) && e.kind !== 'workdir') return true;
    }
  return false;
}

/** Whether `COPY GLOB dir/` puts a context file at `dir/inside` (each match keeps its own name). */
function globHolds(context: Set<string>, glob: string, inside: string): boolean {
  const g = cleanPath(glob.replace(/^\.?\/+/, ''));
  const re = new RegExp(`^${g.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  for (const f of context) {
    const parts = f.split('/');
    for (let k = 1; k <= parts.length; k++)
      if (re.test(parts.slice(0, k).join('/')) && parts.slice(k - 1).join('/') === inside) return true;
  }
  return false;
}

/** go build/test flags that take a value as the next word. */
const GO_VALUE_FLAGS = new Set(['-o', '-ldflags', '-gcflags', '-asmflags', '-tags', '-mod', '-modfile', '-p', '-C', '-run', '-skip', '-count', '-timeout', '-coverprofile', '-covermode', '-coverpkg', '-bench', '-benchtime', '-cpu', '-parallel', '-exec', '-vet', '-outputdir', '-pkgdir', '-toolexec', '-overlay', '-pgo', '-buildmode', '-installsuffix']);

/** An earlier RUN in the chain that mentions `name` may have made it (poetry export > requirements.txt). */
function madeByRun(model: DockerfileModel, s: Stage, name: string, line: number): boolean {
  return chainOf(model, s).some((st) => st.runs.some((r) => (st !== s || r.instruction.range.line < line) && (r.instruction.argsText.includes(name) || (r.heredocs ?? []).some((h) => h.includes(name)))));
}

/** The first RUN whose input file is missing, with a learner-facing message; null when none is. */
export function missingBuildInput(ctx: GoalContext): { line: number; message: string } | null {
  const { model } = ctx;
  const context = new Set(ctx.contextFiles);
  for (const s of ctx.reachable)
    for (const c of stageCommands(s)) {
      const run = s.runs.find((r) => r.instruction.range.line === c.line);
      if (!run || run.mounts.some((m) => /(^|,)type=bind(,|$)/.test(m) || !/(^|,)type=/.test(m)) || /(^|[;&|\s])cd\s/.test(c.script)) continue;
      const cwd = workdirAt(model, s, c.line);
      const { env, rest } = splitAssignments(c.words);
      const need = (file: string, why: string) => {
        const abs = resolvePath(cwd, file);
        const name = cleanPath(file).split('/').pop()!;
        if (presentBefore(model, s, abs, c.line, context) || madeByRun(model, s, name, c.line)) return null;
        return { line: c.line, message: `Line ${c.line}: ${why}, but ${abs} is not in the stage yet (no COPY before that RUN brings it in)` };
      };
      // pip install -r FILE (pip, pip3, python -m pip, uv pip).
      const pipAt = rest.findIndex((w, i) => w === 'install' && /(^|\/)(pip[\d.]*|uv)$|^-m$|^pip$/.test(rest[i - 1] ?? ''));
      if (pipAt > 0) {
        for (let i = pipAt + 1; i < rest.length; i++) {
          const m = /^(?:-r|--requirement)(?:=?(.+))?$/.exec(rest[i]);
          if (!m) continue;
          const file = m[1] ?? rest[i + 1];
          if (!file || file.includes('$')) continue;
          const miss = need(file, `pip install -r ${file} reads the requirements file`);
          if (miss) return { line: miss.line, message: `${miss.message}: pip fails with "Could not open requirements file". COPY ${file} before the install.` };
        }
      }
      // go build/test/vet/install of packages needs go.mod in the directory or a parent (module mode).
      if (rest[0] === 'go' && /^(build|test|vet|install)$/.test(rest[1] ?? '')) {
        const pkgs: string[] = [];
        for (let i = 2; i < rest.length; i++) {
          if (!rest[i].startsWith('-')) pkgs.push(rest[i]);
          else if (!rest[i].includes('=') && GO_VALUE_FLAGS.has(rest[i].replace(/^--/, '-'))) i++;
        }
        const files = pkgs.length > 0 && pkgs.every((w) => w.endsWith('.go'));
        const mod = env.GO111MODULE ?? varAt(model, s, c.line, 'GO111MODULE');
        const remote = pkgs.some((w) => /@/.test(w));
        if (!files && !remote && mod !== 'off') {
          const dirs: string[] = [];
          for (let d = cwd; ; d = d.replace(/\/[^/]*$/, '') || '/') { dirs.push(d); if (d === '/') break; }
          const found = dirs.some((d) => presentBefore(model, s, resolvePath(d, 'go.mod'), c.line, context)) || madeByRun(model, s, 'go.mod', c.line) || madeByRun(model, s, 'go mod init', c.line) || /\bgo\s+mod\s+init\b/.test(c.script);
          if (!found) return { line: c.line, message: `Line ${c.line}: go ${rest[1]} runs in ${cwd}, but there is no go.mod there or in a parent directory (no COPY before that RUN brings it in): it fails with "go: go.mod file not found in current directory or any parent directory". COPY go.mod first.` };
        }
      }
      // npm ci installs exactly the lockfile: without package-lock.json it refuses to run.
      if (rest[0] === 'npm' && rest[1] === 'ci') {
        for (const file of ['package.json', 'package-lock.json']) {
          if (file === 'package-lock.json' && presentBefore(model, s, resolvePath(cwd, 'npm-shrinkwrap.json'), c.line, context)) continue;
          const miss = need(file, `npm ci reads ${file}`);
          if (miss) return { line: miss.line, message: `${miss.message}: npm ci fails (${file === 'package.json' ? 'ENOENT: no such file or directory, open package.json' : '"The `npm ci` command can only install with an existing package-lock.json"'}). COPY package.json package-lock.json first.` };
        }
      }
      // mvn package/verify/install compiles src/ next to pom.xml: both must be there.
      if (/(^|\/)mvnw?$/.test(rest[0] ?? '') && rest.some((w) => /^(package|verify|install)$/.test(w)) && !rest.some((w) => w === '-f' || w.startsWith('--file'))) {
        const miss = need('pom.xml', `${rest[0]} reads pom.xml`);
        if (miss) return { line: miss.line, message: `${miss.message}: Maven fails ("there is no POM in this directory"). COPY pom.xml first.` };
        const source = ctx.contextFiles.find((f) => f.startsWith('src/main/'));
        if (source && !presentBefore(model, s, resolvePath(cwd, source), c.line, context) && !madeByRun(model, s, 'src', c.line))
          return { line: c.line, message: `Line ${c.line}: ${rest[0]} packages the code in ${resolvePath(cwd, 'src')}, but the sources are not in the stage yet (COPY src comes later or not at all): the jar has no classes and java fails with ClassNotFoundException. COPY src before that RUN.` };
      }
    }
  return null;
}
