// Where language package managers put what they install, read off RUN scripts: pip (system
// site-packages, a virtualenv, --target/--prefix/--user) and npm/yarn/pnpm (node_modules).

import type { DockerfileModel, Stage } from '../../types.ts';
import { resolvePath } from '../../expand.ts';
import { chainOf, runText } from './stages.ts';

export interface Install {
  stage: Stage;
  line: number;
  /** Absolute directory the packages land in, or `system` for the interpreter's site-packages. */
  location: string;
  how: string;
}

/** Packaging tools installed to build or manage the app's environment (not the app's dependencies). */
const BUILD_TOOLS = /^(pip|setuptools|wheel|poetry|poetry-core|poetry-plugin-\S+|uv|pipenv|pdm|hatch|hatchling|build|pip-tools|virtualenv|pipx|twine|cython|flit|flit-core|maturin|setuptools-scm)([=<>!~\[].*)?$/i;

function onlyBuildTools(args: string): boolean {
  const pkgs = args.split(/\s+/).filter((w) => w && !w.startsWith('-')).map((w) => w.replace(/^["']|["']$/g, ''));
  return pkgs.length > 0 && pkgs.every((p) => BUILD_TOOLS.test(p));
}

const PIP = /(?:^|[\s;&|(])((?:\S*\/)?pip(?:\d+(?:\.\d+)?)?|(?:\S*\/)?python(?:\d+(?:\.\d+)?)?\s+-m\s+pip)\s+install\b([^;&|\n]*)/g;

/** Directories that hold system site-packages, so copying one of them carries the packages. */
export function coversSystemSitePackages(path: string): boolean {
  return ['/', '/usr', '/usr/local', '/usr/local/lib', '/usr/lib'].includes(path) || /^\/usr(\/local)?\/lib\/python[\d.]*(\/|$)/.test(path);
}

/** The virtualenv active in `stage` (VIRTUAL_ENV, or a `…/bin` PATH entry whose parent a RUN made into a venv). */
function activeVenv(model: DockerfileModel, stage: Stage): string | null {
  const env = stage.config.env;
  if (env.VIRTUAL_ENV) return env.VIRTUAL_ENV;
  const made = new Set(chainOf(model, stage).flatMap((s) => s.files.filter((f) => f.kind === 'run' && f.tree).map((f) => f.path)));
  for (const dir of (env.PATH ?? '').split(':')) {
    if (dir.endsWith('/bin') && made.has(dir.slice(0, -4))) return dir.slice(0, -4);
  }
  return null;
}

/** `pip install` commands in `stage`'s own RUNs with where they install. */
export function pipInstalls(model: DockerfileModel, stage: Stage): Install[] {
  const out: Install[] = [];
  const workdir = stage.config.workdir;
  for (const run of stage.runs) {
    const text = runText(run);
    for (const m of text.matchAll(PIP)) {
      const exe = m[1];
      const args = m[2];
      if (!/(^|\s)(-r|--requirement|-e|--editable)\b|(^|\s)\.(\s|$|\[)/.test(args) && onlyBuildTools(args)) continue;
      const line = run.instruction.range.line;
      const target = /(?:--target|--prefix|--root)[\s=]+(\S+)|\s-t\s+(\S+)/.exec(args);
      let location: string;
      let how: string;
      if (target) {
        location = resolvePath(workdir, (target[1] ?? target[2]).replace(/^["']|["']$/g, ''));
        how = `pip install ${target[0].trim()}`;
      } else if (/--user\b/.test(args)) {
        location = '/root/.local';
        how = 'pip install --user';
      } else if (/\buv\s+$/.test(text.slice(0, m.index! + m[0].indexOf(exe)))) {
        // `uv pip install`: --system, an inline VIRTUAL_ENV=…, the active venv, or nothing we can tell.
        const inline = /VIRTUAL_ENV=(\S+)\s+uv\s+pip\s+install/.exec(text);
        const venv = inline?.[1] ?? activeVenv(model, stage);
        if (/--system\b/.test(args)) location = 'system';
        else if (venv) location = resolvePath(workdir, venv.replace(/^["']|["']$/g, ''));
        else continue;
        how = `uv pip install${location === 'system' ? ' --system' : ` into ${location}`}`;
      } else if (exe.includes('/bin/')) {
        location = resolvePath(workdir, exe.slice(0, exe.indexOf('/bin/')));
        how = `${exe} install (a virtualenv)`;
      } else {
        const venv = activeVenv(model, stage);
        location = venv ?? 'system';
        how = venv ? `pip install into the virtualenv ${venv}` : 'pip install into the system site-packages';
      }
      out.push({ stage, line, location, how });
    }
  }
  return out;
}

const NPM = /\b(npm\s+(ci|install|i)\b|yarn(\s+install)?(\s|$)|pnpm\s+(install|i)\b)/;

/** npm/yarn/pnpm installs in `stage`'s RUNs: node_modules under the WORKDIR of the RUN. */
export function nodeInstalls(stage: Stage): Install[] {
  const out: Install[] = [];
  for (const f of stage.files)
    if (f.kind === 'run' && f.tree && f.path.endsWith('/node_modules')) {
      const run = stage.runs.find((r) => r.instruction.range.line === f.line);
      if (run && NPM.test(runText(run))) out.push({ stage, line: f.line, location: f.path, how: NPM.exec(runText(run))![0].trim() });
    }
  return out;
}
