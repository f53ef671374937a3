// Goal kind `final-lacks-tools`: the shipped image carries no toolchain (compilers, SDKs) and,
// optionally, no package manager.

import { z } from 'zod';
import { defineGoal, fail, pass } from '../define.ts';
import { stageTools } from '../commands.ts';
import { chainOf } from '../trace.ts';

const params = z.strictObject({
  tools: z.array(z.string()).default([]).describe('tool names that must be absent, e.g. go, gcc, mvn, javac, npm'),
  packageManager: z.boolean().default(false).describe('also require no OS package manager (apt, apk…)'),
});

/** Paths whose presence means a toolchain was copied in by hand. */
const TOOLCHAIN_DIRS: [RegExp, string][] = [
  [/^\/usr\/local\/go(\/|$)/, 'go'],
  [/^\/usr\/(bin|lib)\/gcc/, 'gcc'],
  [/^\/usr\/share\/maven(\/|$)/, 'mvn'],
];

export default defineGoal({
  kind: 'final-lacks-tools',
  description: 'The final image has none of the listed tools (from its base, installed by RUN, or copied in) and optionally no package manager.',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const root = chainOf(ctx.model, final).at(-1)!;
    const line = root.from.range.line;
    if (final.rootUnknown) return fail(`Stagecraft does not know what ${root.baseRef} contains (line ${line}), so it cannot tell that it has no ${p.tools.join(', ')}.`, line);
    const have = stageTools(ctx.model, final);
    const present = p.tools.filter((t) => have.has(t));
    for (const s of chainOf(ctx.model, final))
      for (const c of s.copies)
        for (const src of c.source.kind === 'stage' ? c.sources : [])
          for (const [re, tool] of TOOLCHAIN_DIRS) if (p.tools.includes(tool) && re.test(src)) return fail(`Line ${c.instruction.range.line} copies ${src}, the ${tool} toolchain, into the final image. Copy only what runs.`, c.instruction.range.line);
    if (present.length) {
      const fromBase = final.rootImage?.tools.some((t) => present.includes(t));
      return fail(`The final image has ${present.join(', ')}${fromBase ? ` (it is built on ${root.baseRef}, line ${line})` : ' (installed by a RUN in the final stage)'}. Compile in a builder stage and copy only the result into a runtime image.`, line);
    }
    const pm = final.rootImage?.packageManager ?? 'none';
    if (p.packageManager && pm !== 'none') return fail(`The final image is built on ${root.baseRef} (line ${line}), which has the ${pm} package manager. Use scratch or a distroless image.`, line);
    return pass(p.packageManager ? `No ${p.tools.join(', ')} and no package manager in the final image.` : `No ${p.tools.join(', ')} in the final image.`, line);
  },
});
