// Goal kind `files-beside-script`: the build-context files a script imports are in the image where
// its interpreter looks. Python puts the script's own directory first on sys.path (then
// PYTHONPATH), so `python manage.py` needs the project package (mysite/settings.py, named by
// DJANGO_SETTINGS_MODULE) next to manage.py; copying manage.py alone fails with
// "ModuleNotFoundError: No module named 'mysite'".
// Source: https://docs.python.org/3/library/sys.html#sys.path ("python script.py: prepend the
// script's directory").

import { z } from 'zod';
import { formatRunCommand } from '../../run-args.ts';
import { resolvePath } from '../../expand.ts';
import { defineGoal, fail, pass } from '../define.ts';

const params = z.strictObject({
  /** The context file the command runs (e.g. manage.py). */
  script: z.string(),
  /** Context files it imports, as context paths (e.g. mysite/settings.py). */
  files: z.array(z.string()).min(1),
  /** The run whose command is examined. */
  args: z.array(z.string()).default([]),
});

const dirOf = (p: string) => p.replace(/\/[^/]*$/, '') || '/';

export default defineGoal({
  kind: 'files-beside-script',
  description: 'The context files a script imports are in the image next to it (or on PYTHONPATH).',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const run = ctx.run(p.args);
    const cfg = final.config;
    const line = (cfg.entrypointOrigin.kind === 'line' ? cfg.entrypointOrigin.line : undefined) ?? (cfg.cmdOrigin.kind === 'line' ? cfg.cmdOrigin.line : undefined);
    const argv = run.pid1.kind === 'app' && run.pid1.argv.length ? run.pid1.argv : run.argv ?? [];
    const scriptPath = argv.map((t) => resolvePath(cfg.workdir, t)).find((path) => {
      const o = ctx.trace(path)?.origin;
      return o?.kind === 'context' && o.path === p.script;
    });
    // Whether the command starts the script at all is another goal's question.
    if (!scriptPath) return pass(`\`${formatRunCommand({ args: p.args })}\` does not start ${p.script}, so its imports were not checked.`, line);
    const scriptDir = dirOf(p.script.includes('/') ? p.script : `./${p.script}`).replace(/^\.$/, '');
    const dirs = [dirOf(scriptPath), ...(cfg.env.PYTHONPATH ?? '').split(':').filter(Boolean).map((d) => resolvePath(cfg.workdir, d))];
    const missing = p.files.filter((f) => {
      const rel = scriptDir && f.startsWith(`${scriptDir}/`) ? f.slice(scriptDir.length + 1) : f;
      return !dirs.some((d) => {
        const o = ctx.trace(resolvePath(d, rel))?.origin;
        return o?.kind === 'context' && o.path === f;
      });
    });
    if (missing.length) {
      const where = resolvePath(dirOf(scriptPath), missing[0]);
      return fail(`${p.script} is at ${scriptPath}, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not next to it (nothing was copied to ${where}). Python looks for imports in the script's directory and on PYTHONPATH, so the program fails with ModuleNotFoundError. Copy ${missing.length > 1 ? 'them' : 'it'} beside ${p.script} (COPY . . copies the whole project).`, line);
    }
    return pass(`${p.files.join(', ')} ${p.files.length > 1 ? 'are' : 'is'} next to ${p.script} in the image.`, line);
  },
});
