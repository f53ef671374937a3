// Where `pip install` put a project's dependencies, where COPY moved them, and whether the
// Python that runs in the final image can import them: a venv's own interpreter or PATH, a
// PYTHONPATH entry, the interpreter's default site directory, or the script's directory.
// Sources: Python docs "sys.path initialization", "venv — How venvs work" (pyvenv.cfg next to
// the interpreter sets sys.prefix), pip docs (--target, --prefix, --root, --user), Debian
// Python policy (dist-packages), ERRATA.md §3.

import type { DockerfileModel, Stage } from '../types.ts';
import { cleanPath, expandWord, resolvePath } from '../expand.ts';
import { resolveExecutable, hasPath } from '../image-files.ts';
import type { GoalContext } from './context.ts';
import { splitAssignments, stageCommands, type RunCommand } from './commands.ts';
import { workdirAt } from './go-build.ts';
import { chainOf } from './trace.ts';

export type InstallKind = 'venv' | 'prefix' | 'target' | 'user' | 'system';

export interface PipInstall {
  stage: Stage;
  line: number;
  kind: InstallKind;
  /** venv dir, --prefix dir, --target dir, user base, or '' for system. */
  dir: string;
  /** The site-packages directory the packages land in (`*` stands for an unknown pythonX.Y). */
  sitePackages: string;
  /** The interpreter a venv links to (`/usr/local/bin/python3` on python:* images). */
  venvPython?: string;
  /** Whether it installs a requirements file (-r) rather than loose packages. */
  requirements: boolean;
  /** Local paths it installs from (wheel files, --find-links dirs), absolute; globs cut at the first wildcard. */
  localSources: string[];
  /** Package names given on the command line (normalized: lower case, `_`/`.` → `-`, no version). */
  packages: string[];
  /** `--break-system-packages` (or PIP_BREAK_SYSTEM_PACKAGES) overrides PEP 668's refusal. */
  breakSystem: boolean;
}

/** PEP 503 name normalization, version specifiers and extras dropped. */
export function packageName(spec: string): string {
  return spec.trim().split(/[\s<>=!~;\[@]/)[0].toLowerCase().replace(/[-_.]+/g, '-');
}

/** Package names listed in a requirements file's text. */
export function requirementNames(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l && !l.startsWith('-')).map(packageName).filter(Boolean);
}

const base = (s: string) => s.split('/').pop() ?? s;
const PY = /^python(3(\.\d+)?)?$/;
const under = (p: string, dir: string) => dir === '/' || p === dir || p.startsWith(dir + '/');

/** pythonX.Y of a stage's interpreter, or `*` when unknown. */
export function pyVersion(stage: Stage): string {
  const rt = stage.rootImage?.runtime;
  return rt?.language === 'python' ? `python${rt.version.split('.').slice(0, 2).join('.')}` : 'python*';
}

/** Whether the stage's Python follows Debian's layout (dist-packages) rather than python:* images'. */
function debianPython(stage: Stage): boolean {
  const name = stage.rootImage?.name ?? '';
  return /^gcr\.io\/distroless\/python/.test(name) || (stage.rootImage?.role === 'os');
}

function venvsIn(model: GoalContext['model'], stage: Stage): string[] {
  const out: string[] = [];
  for (const s of chainOf(model, stage))
    for (const c of stageCommands(s)) {
      const w = splitAssignments(c.words).rest.map((x) => (x.includes('$') ? expandWord(x, s.vars) : x));
      const at = (k: number) => resolvePath(workdirAt(model, s, c.line), w[k]);
      const last = w.length - 1;
      if (PY.test(base(w[0] ?? '')) && w[1] === '-m' && (w[2] === 'venv' || w[2] === 'virtualenv') && last >= 3) out.push(at(last));
      else if (w[0] === 'virtualenv' && last >= 1) out.push(at(last));
      else if (w[0] === 'uv' && w[1] === 'venv') out.push(last >= 2 && !w[last].startsWith('-') ? at(last) : resolvePath(workdirAt(model, s, c.line), '.venv'));
    }
  return out;
}

function readInstall(ctx: GoalContext, s: Stage, c: RunCommand): PipInstall | null {
  // RUN sees ARG and ENV values as environment variables; expand them in paths.
  const w = splitAssignments(c.words).rest.map((x) => (x.includes('$') ? expandWord(x, s.vars) : x));
  let k = -1;
  let exe = '';
  for (let i = 0; i < w.length; i++) {
    if (/^pip(3(\.\d+)?)?$/.test(base(w[i])) && w[i + 1] === 'install') { k = i + 2; exe = w[i]; break; }
    if (PY.test(base(w[i])) && w[i + 1] === '-m' && w[i + 2] === 'pip' && w[i + 3] === 'install') { k = i + 4; exe = w[i]; break; }
    if (w[i] === 'uv' && w[i + 1] === 'pip' && (w[i + 2] === 'install' || w[i + 2] === 'sync')) { k = i + 3; exe = 'uv'; break; }
  }
  if (k < 0) return null;
  // `uv pip sync requirements.txt` installs exactly those files: the same as `-r requirements.txt`.
  const sync = w[k - 1] === 'sync';
  const opts = sync ? w.slice(k).flatMap((o) => (/\.(txt|in)$/.test(o) ? ['-r', o] : [o])) : w.slice(k);
  const val = (...names: string[]): string | null => {
    for (let i = 0; i < opts.length; i++) {
      for (const n of names) {
        if (opts[i] === n) return opts[i + 1] ?? null;
        if (n.startsWith('--') && opts[i].startsWith(n + '=')) return opts[i].slice(n.length + 1);
        if (!n.startsWith('--') && opts[i].startsWith(n) && opts[i].length > n.length) return opts[i].slice(n.length);
      }
    }
    return null;
  };
  const wd = workdirAt(ctx.model, s, c.line);
  const v = pyVersion(s);
  const requirements = opts.some((o) => o === '-r' || o.startsWith('-r') || o.startsWith('--requirement'));
  const localSources: string[] = [];
  const packages: string[] = [];
  const flagEnv = splitAssignments(c.words).env;
  const breakSystem = opts.includes('--break-system-packages') || [flagEnv.PIP_BREAK_SYSTEM_PACKAGES, c.exported.PIP_BREAK_SYSTEM_PACKAGES, s.vars.PIP_BREAK_SYSTEM_PACKAGES].some((v) => v !== undefined && v !== '0' && v !== '');
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i];
    const link = /^(?:--find-links|-f)(?:=(.+))?$/.exec(o);
    const path = link ? (link[1] ?? opts[++i]) : !o.startsWith('-') && /^[./]|\.whl$/.test(o) ? o : null;
    if (!path && !o.startsWith('-') && /^[A-Za-z0-9]/.test(o)) packages.push(packageName(o));
    if (path) localSources.push(resolvePath(wd, path.split('/').filter((seg, k, all) => !/[*?[]/.test(seg) || k === 0 && all.length === 1).join('/') || '.'));
    else if (/^(-r|--requirement|-c|--constraint|-t|--target|--prefix|--root|-i|--index-url|--extra-index-url|--python|-p)$/.test(o)) i++;
  }
  const mk = (kind: InstallKind, dir: string, sp: string, extra: Partial<PipInstall> = {}): PipInstall => ({ stage: s, line: c.line, kind, dir, sitePackages: cleanPath(sp), requirements, localSources, packages, breakSystem, ...extra });
  const target = val('--target', '-t');
  if (target) return mk('target', resolvePath(wd, target), resolvePath(wd, target));
  const prefix = val('--prefix');
  if (prefix) return mk('prefix', resolvePath(wd, prefix), `${resolvePath(wd, prefix)}/lib/${v}/site-packages`);
  const root = val('--root');
  if (root) return mk('prefix', `${resolvePath(wd, root)}/usr/local`, `${resolvePath(wd, root)}/usr/local/lib/${v}/site-packages`);
  if (opts.includes('--user')) {
    const ub = s.vars.PYTHONUSERBASE || `${s.vars.HOME || homeAt(ctx.model, s, c.line)}/.local`;
    return mk('user', ub, `${ub}/lib/${v}/site-packages`);
  }
  const venvs = venvsIn(ctx.model, s);
  const venvPython = s.rootImage?.runtime?.language === 'python' ? (debianPython(s) ? '/usr/bin/python3' : '/usr/local/bin/python3') : undefined;
  const asVenv = (dir: string) => mk('venv', dir, `${dir}/lib/${v}/site-packages`, venvPython ? { venvPython } : {});
  // An explicit interpreter or pip inside a venv: /opt/venv/bin/pip install …
  if (exe.includes('/')) {
    const abs = resolvePath(wd, exe);
    const v2 = venvs.find((d) => under(abs, `${d}/bin`));
    if (v2) return asVenv(v2);
  }
  // uv pip install uses $VIRTUAL_ENV, else a .venv in the working directory.
  // VIRTUAL_ENV as a command prefix (`VIRTUAL_ENV=/opt/venv uv pip install …`) or exported.
  const venvVar = flagEnv.VIRTUAL_ENV ?? c.exported.VIRTUAL_ENV ?? s.vars.VIRTUAL_ENV;
  if (exe === 'uv' && !opts.includes('--system')) {
    // `uv pip install --python /opt/venv/bin/python` (or the venv directory) targets that env.
    const py = val('--python', '-p');
    if (py && py.includes('/')) return asVenv(resolvePath(wd, py).replace(/\/bin\/python[\d.]*$/, ''));
    if (flagEnv.VIRTUAL_ENV ?? c.exported.VIRTUAL_ENV) return asVenv(resolvePath(wd, venvVar!));
    const local = venvs.find((d) => d === resolvePath(wd, '.venv'));
    if (local && !s.vars.VIRTUAL_ENV) return asVenv(local);
  }
  // `. /opt/venv/bin/activate && pip install …` in the same RUN.
  const activated = /(?:^|[\s;&])(?:\.|source)\s+(\S+)\/bin\/activate\b/.exec(c.script);
  if (activated) return asVenv(resolvePath(wd, activated[1]));
  // PATH puts a venv's bin first.
  for (const dir of (s.vars.PATH ?? '').split(':')) {
    const d = resolvePath(wd, dir);
    const v3 = venvs.find((x) => `${x}/bin` === d);
    if (v3) return asVenv(v3);
    if (/^\/usr\/(local\/)?bin$/.test(d)) break;
  }
  if (venvVar) return asVenv(resolvePath(wd, venvVar));
  const sys = debianPython(s) ? `/usr/local/lib/${v.replace('python*', 'python3*')}/dist-packages` : `/usr/local/lib/${v}/site-packages`;
  return mk('system', '', sys);
}

/**
 * Whether the stage's system Python refuses `pip install` outside a venv (PEP 668: Debian 12+ and
 * Ubuntu 23.04+ ship EXTERNALLY-MANAGED; pip skips the check for --target, --prefix and --root).
 * Source: pip src/pip/_internal/commands/install.py (installing_into_current_environment).
 */
export function externallyManaged(i: PipInstall): boolean {
  if ((i.kind !== 'system' && i.kind !== 'user') || i.breakSystem) return false;
  const img = i.stage.rootImage;
  if (!img || img.role !== 'os') return false;
  const m = /^(debian|ubuntu):(.+)$/.exec(img.name);
  if (!m) return false;
  if (m[1] === 'debian') return /^(bookworm|trixie|forky|sid|1[2-9])/.test(m[2]);
  const v = /^(\d+)\.(\d+)/.exec(m[2]);
  return v ? Number(v[1]) * 100 + Number(v[2]) >= 2304 : false;
}

/** Every pip install in the stages the final image is built from or copies from. */
export function pipInstalls(ctx: GoalContext): PipInstall[] {
  const out: PipInstall[] = [];
  for (const s of ctx.reachable) for (const c of stageCommands(s)) {
    const i = readInstall(ctx, s, c);
    if (i) out.push(i);
  }
  return out;
}

/** Turn a path with `*` (unknown pythonX.Y) into a regex. */
export function pathRe(p: string): RegExp {
  return new RegExp(`^${p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
}

/** Where `sitePackages` of stage `from` lands in the final image through COPY --from, or null. */
export function landed(ctx: GoalContext, from: Stage, sitePackages: string): { path: string; line: number } | null {
  for (const s of ctx.chain)
    for (const c of s.copies) {
      if (c.source.kind !== 'stage') continue;
      const src = ctx.model.stages[c.source.stage];
      if (!chainOf(ctx.model, src).includes(from)) continue;
      for (const raw of c.sources) {
        const srcAbs = resolvePath('/', raw);
        // The copy covers site-packages when its source is that directory or an ancestor.
        const spPrefix = sitePackages.split('/').slice(0, srcAbs.split('/').length).join('/');
        if (srcAbs === '/' || pathRe(spPrefix).test(srcAbs)) {
          const rest = sitePackages.split('/').slice(srcAbs === '/' ? 1 : srcAbs.split('/').length).join('/');
          return { path: rest ? cleanPath(`${c.destAbs}/${rest}`) : c.destAbs, line: c.instruction.range.line };
        }
      }
    }
  return null;
}

/** The interpreter that runs (absolute path) and the script it is given, from an argv. */
export function interpreterOf(ctx: GoalContext, argv: string[]): { python: string | null; script: string | null } {
  const final = ctx.final!;
  if (!argv.length || !PY.test(base(argv[0]))) return { python: null, script: null };
  const python = argv[0].includes('/') ? resolvePath(final.config.workdir, argv[0]) : resolveExecutable(ctx.model, final, argv[0]).path;
  let i = 1;
  while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '-m') i += /^-[XW]$/.test(argv[i]) ? 2 : 1;
  const script = i < argv.length && argv[i] !== '-m' ? resolvePath(final.config.workdir, argv[i]) : null;
  return { python, script };
}

/** For a script started directly (`./manage.py`), the Python its `#!` line names and the script. */
export function shebangInterpreter(ctx: GoalContext, argv: string[]): { python: string | null; script: string | null } {
  const final = ctx.final!;
  if (!argv.length) return { python: null, script: null };
  const path = argv[0].includes('/') ? resolvePath(final.config.workdir, argv[0]) : resolveExecutable(ctx.model, final, argv[0]).path;
  const t = path ? ctx.trace(path) : null;
  if (!path || t?.origin.kind !== 'context') return { python: null, script: null };
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(ctx.context[t.origin.path] ?? '');
  if (!m) return { python: null, script: null };
  const prog = base(m[1]) === 'env' ? m[2] ?? '' : m[1];
  if (!PY.test(base(prog))) return { python: null, script: null };
  const python = prog.includes('/') ? prog : resolveExecutable(ctx.model, final, prog).path;
  return { python, script: path };
}

/**
 * HOME of the user a RUN on `line` runs as (Docker sets it from /etc/passwd): /root for root, the
 * home useradd/adduser gives a named user (/home/NAME), distroless nonroot's /home/nonroot.
 */
function homeAt(model: DockerfileModel, stage: Stage, line: number): string {
  let user = '';
  for (const st of chainOf(model, stage).reverse())
    for (const ins of st.instructions) {
      if (st === stage && ins.range.line >= line) break;
      if (ins.keyword === 'USER' && ins.args[0]) user = ins.args[0].value.split(':')[0];
    }
  if (!user || user === 'root' || user === '0') return '/root';
  return /^\d+$/.test(user) ? '/root' : `/home/${user}`;
}

/** Default site directories of the final image's interpreter. */
export function defaultSiteDirs(final: Stage): string[] {
  const v = pyVersion(final);
  const home = final.config.user && !/^(0|root)(:|$)/.test(final.config.user) ? (final.rootImage?.workdir === '/home/nonroot' ? '/home/nonroot' : '/home/*') : '/root';
  const user = `${final.config.env.PYTHONUSERBASE || `${home}/.local`}/lib/${v}/site-packages`;
  if (debianPython(final)) return [`/usr/local/lib/${v}/dist-packages`, '/usr/lib/python3/dist-packages', `/usr/lib/${v}/dist-packages`, user];
  return [`/usr/local/lib/${v}/site-packages`, user];
}

export { hasPath };
