// Goal kind `builds`: `docker build` would succeed as far as Stagecraft can tell: no parse or
// build errors, every build-context file COPY names exists, and no shell-form RUN in a stage
// that has no shell (distroless, scratch).

import { z } from 'zod';
import { defineGoal, fail, pass } from '../define.ts';
import { chainOf } from '../trace.ts';
import { cleanPath } from '../../expand.ts';
import { sentContextFiles } from '../dockerignore.ts';
import { externallyManaged, pipInstalls } from '../python-deps.ts';
import { missingBuildInput } from '../build-inputs.ts';

const params = z.strictObject({
  /** Check that context sources of COPY/ADD exist in the exercise's build context. */
  contextFiles: z.boolean().default(true),
});

function globRe(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
}

/** Whether context source `src` names something in `files` (a file, a directory holding some, or a glob). */
export function contextHas(files: string[], src: string): boolean {
  const s = cleanPath(src.replace(/^\/+/, '')).replace(/^\.\//, '');
  if (s === '.' || s === '') return true;
  const dir = s.replace(/\/$/, '');
  if (/[*?[]/.test(s)) {
    const re = globRe(dir);
    return files.some((f) => re.test(f) || f.split('/').some((_, k, parts) => re.test(parts.slice(0, k + 1).join('/'))));
  }
  return files.some((f) => f === dir || f.startsWith(dir + '/'));
}

export default defineGoal({
  kind: 'builds',
  description: 'docker build would succeed: no build errors, context files exist, no shell-form RUN without a shell.',
  params,
  check(ctx, p) {
    const err = ctx.model.diagnostics.find((d) => d.severity === 'error');
    if (err) return fail(`docker build fails on line ${err.range.line}: ${err.message}`, err.range.line);
    if (!ctx.final) return fail('The Dockerfile has no FROM, so nothing is built.');
    // What BuildKit sends: the context minus what .dockerignore excludes.
    const sent = sentContextFiles(ctx.contextFiles, ctx.context['.dockerignore']);
    for (const s of ctx.reachable) {
      for (const c of s.copies) {
        if (!p.contextFiles || c.source.kind !== 'context' || c.heredoc) continue;
        for (const src of c.sources) {
          if (/^https?:\/\//.test(src) || /^git@/.test(src)) continue;
          if (!contextHas(sent, src)) {
            const line = c.instruction.range.line;
            if (contextHas(ctx.contextFiles, src))
              return fail(`Line ${line}: ${c.keyword} ${src} fails ("${src}": not found): .dockerignore excludes it from the build context, so the builder never receives it.`, line);
            return fail(`Line ${line}: ${c.keyword} ${src} fails ("${src}": not found): the build context has ${sent.join(', ')}.`, line);
          }
        }
      }
      const root = chainOf(ctx.model, s).at(-1)!;
      const noShell = root.base.kind === 'scratch' || (s.rootImage !== null && s.rootImage.shell === 'none');
      if (!noShell) continue;
      for (const r of s.runs) {
        const shell = r.command.form === 'shell' ? r.command.argv[0] : null;
        const copiedShell = chainOf(ctx.model, s).some((x) => x.files.some((f) => f.path === '/bin/sh' || f.path === '/bin'));
        if (shell && !copiedShell) {
          const line = r.instruction.range.line;
          return fail(`Line ${line}: RUN in shell form needs ${shell}, but ${root.base.kind === 'scratch' ? 'scratch' : root.baseRef} has no shell, so the build fails ("${shell}: no such file or directory"). Do that work in a builder stage and COPY the result.`, line);
        }
      }
    }
    const blocked = pipInstalls(ctx).find(externallyManaged);
    if (blocked) {
      const img = blocked.stage.rootImage!.name;
      return fail(`Line ${blocked.line}: pip install into ${img}'s system Python fails with "error: externally-managed-environment" (PEP 668): the distribution's Python belongs to apt. Install into a virtualenv (python3 -m venv /opt/venv), or with --target/--prefix, or build on an official python image.`, blocked.line);
    }
    const input = p.contextFiles ? missingBuildInput(ctx) : null;
    if (input) return fail(input.message, input.line);
    return pass('The image builds (no errors Stagecraft can predict).');
  },
});
