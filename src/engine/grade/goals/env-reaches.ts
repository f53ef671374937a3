// Goal kind `env-reaches`: the Python dependencies the Dockerfile installs are importable by the
// Python that runs in the final image (venv interpreter or PATH, PYTHONPATH, default site
// directory, or the script's own directory), wherever pip put them and COPY moved them.

import { z } from 'zod';
import { resolvePath } from '../../expand.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { effectiveArgvs } from '../argv-match.ts';
import { stageLabel } from '../context.ts';
import { defaultSiteDirs, hasPath, interpreterOf, landed, pipInstalls, requirementNames, shebangInterpreter, type PipInstall } from '../python-deps.ts';

const params = z.strictObject({
  language: z.literal('python').default('python'),
  /** Accept `pip install` in the final stage itself (single-stage or install-in-runtime designs). */
  allowFinalInstall: z.boolean().default(false),
  /** Require the install to use a requirements file (`-r`). */
  requirements: z.boolean().default(true),
});

/** Same path, where a segment holding `*` (unknown pythonX.Y) matches any segment. */
function samePath(a: string, b: string): boolean {
  const x = a.split('/');
  const y = b.split('/');
  if (x.length !== y.length) return false;
  return x.every((s, k) => {
    const t = y[k];
    if (s === t) return true;
    const re = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return (s.includes('*') && re(s).test(t)) || (t.includes('*') && re(t).test(s));
  });
}

const dirOf = (p: string) => p.replace(/\/[^/]*$/, '') || '/';

export default defineGoal({
  kind: 'env-reaches',
  description: 'Packages installed by pip (venv, --prefix, --target, --user or system) are importable by the interpreter the final image runs.',
  params,
  check(ctx, p) {
    if (!ctx.final) return fail('The Dockerfile has no FROM, so there is no image.');
    const final = ctx.final;
    const all = pipInstalls(ctx);
    // Installing the requirements file, or naming every package it lists, both count.
    const wanted = Object.entries(ctx.context).filter(([f]) => f.split('/').pop() === 'requirements.txt').flatMap(([, t]) => requirementNames(t));
    const installs = p.requirements ? all.filter((i) => i.requirements || i.localSources.length || (wanted.length > 0 && wanted.every((n) => i.packages.includes(n)))) : all;
    if (!installs.length) return fail(`Nothing runs \`pip install -r requirements.txt\`${all.length ? ' (the pip install found does not use the requirements file)' : ''}: the app's dependencies are never installed.`, all[0]?.line);
    const run = ctx.run();
    const argv = effectiveArgvs(final, run).find((a) => interpreterOf(ctx, a).python);
    const { python, script } = argv ? interpreterOf(ctx, argv) : shebangInterpreter(ctx, run.argv ?? []);
    const pythonPath = (final.config.env.PYTHONPATH ?? '').split(':').filter(Boolean).map((d) => resolvePath(final.config.workdir, d));
    const reasons: { msg: string; line: number }[] = [];
    for (const i of installs) {
      const inFinal = ctx.chain.includes(i.stage);
      // Installing in the runtime from wheels the builder made (pip wheel → COPY --from → pip
      // install --no-index) keeps compilers out of the runtime too.
      const fromBuilder = inFinal && i.localSources.some((src) => ctx.chain.some((st) => st.copies.some((c) => c.source.kind === 'stage' && c.instruction.range.line < i.line && (src === c.destAbs || src.startsWith(`${c.destAbs}/`)))));
      if (inFinal && !p.allowFinalInstall && !fromBuilder) {
        reasons.push({ msg: `Line ${i.line} installs the dependencies in the final stage. Install them in the builder stage into an isolated location (a venv, --prefix, --target or --user) and COPY --from that location.`, line: i.line });
        continue;
      }
      const sp = inFinal ? { path: i.sitePackages, line: i.line } : landed(ctx, i.stage, i.sitePackages);
      if (!sp) {
        reasons.push({ msg: `Line ${i.line} installs into ${where(i)} in stage ${stageLabel(i.stage)}, but no COPY --from brings that directory into the final image, so Python there fails with ModuleNotFoundError.`, line: i.line });
        continue;
      }
      const why = reachable(i, sp.path);
      if (why === null) return pass(`The packages from line ${i.line} (${where(i)}) are at ${sp.path} in the final image, where ${python ?? 'Python'} finds them.`, sp.line);
      reasons.push({ msg: why, line: sp.line });
    }
    return fail(reasons[0].msg, reasons[0].line);

    /** A bare `python` in the command resolves to the venv when its bin comes first on PATH. */
    function venvFirstOnPath(venv: string): boolean {
      if (!argv || argv[0].includes('/')) return false;
      const dirs = (final.config.env.PATH ?? '').split(':').map((d) => resolvePath(final.config.workdir, d));
      const k = dirs.indexOf(`${venv}/bin`);
      const sys = dirs.findIndex((d) => /^\/(usr\/(local\/)?)?bin$/.test(d));
      return k >= 0 && (sys < 0 || k < sys);
    }

    function reachable(i: PipInstall, sp: string): string | null {
      if (pythonPath.some((d) => samePath(d, sp))) return null;
      if (!python) return `The packages land in ${sp}, but the command (${run.argv?.join(' ') ?? 'none'}) does not start Python, so nothing makes them importable. Run the app with python.`;
      if (i.kind === 'venv') {
        const venv = sp.replace(/\/lib\/[^/]+\/site-packages$/, '');
        if (python.startsWith(`${venv}/bin/`) || venvFirstOnPath(venv)) {
          const pr = i.venvPython ? hasPath(ctx.model, final, i.venvPython) : null;
          if (pr && !pr.found && pr.certain)
            return `The venv's bin/python is a symlink to the builder's interpreter under ${(i.venvPython ?? '').replace(/\/[^/]+$/, '')}, which the final image does not have, so ${python} cannot start. Use pip install --target with PYTHONPATH instead.`;
          return null;
        }
      }
      if (defaultSiteDirs(final).some((d) => samePath(d, sp))) return null;
      if (i.kind !== 'venv' && script && samePath(dirOf(script), sp)) return null;
      const target = i.venvPython ? hasPath(ctx.model, final, i.venvPython) : null;
      const venvStarts = !(target && !target.found && target.certain);
      const hint = i.kind === 'venv' && venvStarts
        ? `run the venv's interpreter: put ${sp.replace(/\/lib\/[^/]+\/site-packages$/, '')}/bin first on PATH (ENV PATH="${sp.replace(/\/lib\/[^/]+\/site-packages$/, '')}/bin:$PATH") or start ${sp.replace(/\/lib\/[^/]+\/site-packages$/, '')}/bin/python`
        : `set ENV PYTHONPATH=${sp}`;
      return `The packages are at ${sp} in the final image, but ${python} does not look there (its search path: ${[...pythonPath, ...defaultSiteDirs(final)].join(', ')}), so the app fails with ModuleNotFoundError. To fix it, ${hint}.`;
    }
  },
});

function where(i: PipInstall): string {
  return i.kind === 'venv' ? `the virtualenv ${i.dir}` : i.kind === 'target' ? `--target ${i.dir}` : i.kind === 'prefix' ? `--prefix ${i.dir}` : i.kind === 'user' ? `--user (${i.dir})` : "the system Python's site-packages";
}
