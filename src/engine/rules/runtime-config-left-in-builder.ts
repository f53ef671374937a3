// Runtime settings (PATH to a venv, PYTHONPATH, NODE_PATH, WORKDIR) made only in a builder,
// while the final command depends on them.

import type { CatalogImage, Instruction, Range, Stage } from '../types.ts';
import { resolvePath } from '../expand.ts';
import { defineRule } from './define.ts';
import { pathPresence } from './lib/presence.ts';
import { argvSource, chainOf, copiesFromStages, covers, elementRange, sourcePath, stageLabel } from './lib/stages.ts';

/** Variables that point the runtime at copied files. */
const PATH_VARS = ['PYTHONPATH', 'NODE_PATH', 'LD_LIBRARY_PATH', 'GEM_HOME', 'GEM_PATH', 'VIRTUAL_ENV', 'PYTHONHOME'];

/** Programs found on the final image's PATH without the builder's directories. */
const COMMON = new Set(['node', 'nodejs', 'npm', 'npx', 'python', 'python3', 'java', 'sh', 'bash', 'nginx', 'httpd', 'php', 'ruby', 'dotnet', 'env', 'tini', 'dumb-init']);

function knownProgram(img: CatalogImage | null, name: string): boolean {
  return COMMON.has(name) || !!img?.tools.includes(name) || !!img?.files.some((f) => f.endsWith(`/${name}`));
}

/** The ENV instruction of `stage` that last set `key`. */
function envLine(stage: Stage, key: string): Instruction | undefined {
  return [...stage.instructions].reverse().find((i) => i.keyword === 'ENV' && new RegExp(`(^|\\s)${key}[=\\s]`).test(i.argsText));
}

/** A venv or `--user` install copied without its `bin` on PATH makes `python` the system one and `gunicorn` unknown. */
export default defineRule({
  id: 'runtime-config-left-in-builder',
  severity: 'error',
  title: 'Runtime setting left in the builder',
  description: 'ENV PATH / PYTHONPATH / NODE_PATH or WORKDIR is set only in the builder, but the final command depends on it: the copied virtualenv is not on PATH, or relative paths resolve against / instead of the app directory.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, run, report }) {
    if (!target || !run.argv?.length) return;
    const finalPath = (target.config.env.PATH ?? '').split(':');
    const copies = finalChain.flatMap((s) => copiesFromStages(model, s));
    const reported = new Set<string>();
    const arg0 = run.argv[0];
    const src0 = argvSource(model, run, 0);
    for (const { copy, from } of copies) {
      const copied = copy.sources.map(sourcePath);
      const dests = (p: string) => copied.some((c) => covers(c, p));
      // 1. PATH entries of the builder that point into what was copied.
      if (!arg0.includes('/') && src0) {
        const venvs = new Set(chainOf(model, from).flatMap((s) => s.files.filter((f) => f.kind === 'run' && f.tree).map((f) => f.path)));
        if (from.config.env.VIRTUAL_ENV) venvs.add(from.config.env.VIRTUAL_ENV);
        for (const dir of (from.config.env.PATH ?? '').split(':')) {
          if (!dir.startsWith('/') || finalPath.includes(dir) || !dests(dir) || reported.has(`PATH:${dir}`)) continue;
          const env = envLine(from, 'PATH');
          if (!env) continue; // the entry came from the builder's base image (e.g. /usr/local/go/bin)
          // A venv's bin shadows even `python`; any other directory (node_modules/.bin, ~/.cargo/bin)
          // matters only for a program the final image does not have elsewhere.
          const venv = dir.endsWith('/bin') && venvs.has(dir.slice(0, -4));
          if (!venv && knownProgram(target.rootImage, arg0)) continue;
          reported.add(`PATH:${dir}`);
          report(
            elementRange(src0.written, src0.element),
            `${dir} is on PATH only in ${stageLabel(from)} (ENV on line ${env.range.line}); the final stage copies it but keeps PATH=${target.config.env.PATH ?? ''}, so "${arg0}" ${/^python[\d.]*$/.test(arg0) ? 'starts the system Python, which does not see the packages in ' + dir.replace(/\/bin$/, '') + ' (ModuleNotFoundError)' : `is looked up outside ${dir} and not found ("executable file not found in $PATH")`}. Repeat it in the final stage: ENV PATH="${dir}:$PATH".`,
          );
        }
      }
      // 2. Other path variables that point into what was copied.
      for (const key of PATH_VARS) {
        const value = from.config.env[key];
        if (!value || target.config.env[key] === value || reported.has(key)) continue;
        const env = envLine(from, key);
        if (!env || !value.split(':').some((p) => p.startsWith('/') && dests(p))) continue;
        // Python never reads VIRTUAL_ENV (only `activate` and tools like uv do): with the venv's bin on
        // PATH, or its interpreter or script named directly, the venv is in use (docs.python.org venv: "How venvs work").
        if (key === 'VIRTUAL_ENV' && (finalPath.includes(`${value}/bin`) || arg0.startsWith(`${value}/bin/`))) continue;
        reported.add(key);
        report(
          copy.fromRange ?? copy.instruction.argsRange,
          `${key}=${value} is set only in ${stageLabel(from)} (line ${env.range.line}). The files it points to are copied here, but the final image does not set ${key}, so the runtime does not look there${key === 'PYTHONPATH' ? ' (ModuleNotFoundError)' : key === 'NODE_PATH' ? ' ("Cannot find module")' : ''}. Add ENV ${key}=${value} to the final stage.`,
        );
      }
    }
    // 3. WORKDIR: relative arguments that only make sense in the builder's directory.
    if (target.config.workdirOrigin.kind !== 'none' || reported.has('WORKDIR')) return;
    for (const { from } of copies) {
      const w = from.config.workdir;
      if (w === '/' || from.config.workdirOrigin.kind !== 'line') continue;
      for (let i = 0; i < run.argv.length; i++) {
        const a = run.argv[i];
        if (a.startsWith('/') || a.startsWith('-') || !/^\.{0,2}\/?[\w.-]+(\/[\w.-]+)*\.(py|js|mjs|cjs|jar|rb|php|sh)$|^\.\/[\w.-]+$/.test(a)) continue;
        if (i === 0 && run.problems.some((p) => p.code === 'not-found' || p.code === 'not-copied')) continue; // entrypoint-not-found says it
        const here = resolvePath(target.config.workdir, a);
        const there = resolvePath(w, a);
        if (pathPresence(model, target, here) === 'present' || pathPresence(model, target, there) !== 'present') continue;
        const src = argvSource(model, run, i);
        if (!src) continue;
        const range: Range = elementRange(src.written, src.element);
        report(
          range,
          `"${a}" is relative: the final stage has no WORKDIR (it runs in ${target.config.workdir}), so it means ${here}, but the file is at ${there}; WORKDIR ${w} was set only in ${stageLabel(from)}. Add WORKDIR ${w} to the final stage (or use the absolute path ${there}).`,
        );
        return;
      }
    }
  },
});
