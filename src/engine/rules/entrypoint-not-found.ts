// argv[0] of the final image is not in it: a path nothing copied there, a file left in a
// builder, or a bare name not on PATH. Uses the engine's run prediction (not-found / not-copied).

import type { FileEntry } from '../types.ts';
import { defineRule } from './define.ts';
import { argvSource, chainOf, elementRange } from './lib/stages.ts';

/** ERRATA 5: `COPY --from=build /app/myapp .` then `ENTRYPOINT ["/myapp"]`: exec fails, no such file. */
export default defineRule({
  id: 'entrypoint-not-found',
  severity: 'error',
  title: 'Program not found in the final image',
  description: 'The command\'s first word is a path the final stage never received (resolved against WORKDIR) or a name not on the image\'s PATH, so docker run fails with "no such file or directory" / "executable file not found".',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, run, report }) {
    if (!target || !run.argv?.length) return;
    const problem = run.problems.find((p) => p.code === 'not-found' || p.code === 'not-copied');
    if (!problem) return;
    const src = argvSource(model, run, 0);
    if (!src) return; // argv[0] from the base image: not this Dockerfile's doing
    const arg0 = run.argv[0];
    const range = elementRange(src.written, src.element);
    // Offer the path where a file of the same name did land, if exactly one did.
    const name = arg0.split('/').pop() ?? '';
    const landed = chainOf(model, target)
      .flatMap((s) => s.files)
      .filter((e: FileEntry) => e.kind === 'copy' && !e.tree && e.path.split('/').pop() === name);
    const unique = [...new Set(landed.map((e) => e.path))];
    const exec = src.written.command?.form === 'exec' && src.written.command.elementRanges?.[src.element];
    const fix = unique.length === 1 && unique[0] !== arg0 && exec ? { title: `Start ${unique[0]}`, edits: [{ range, text: JSON.stringify(unique[0]) }] } : undefined;
    report(range, `${problem.message}${fix ? ` The file was copied to ${unique[0]}: start that path.` : ''}`, fix ? { fix } : undefined);
  },
});
