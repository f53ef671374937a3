// Goal kind `same-runtime-version`: the stages that install or build for the runtime use the
// same language version as the final image (Python minor: compiled wheels and venvs are tied to
// it; Node major: native addons are tied to the ABI).

import { z } from 'zod';
import type { Stage } from '../../types.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { baseLabel, stageLabel, type GoalContext } from '../context.ts';
import { chainOf } from '../trace.ts';
import { stageTools } from '../commands.ts';

const params = z.strictObject({
  language: z.enum(['python', 'node', 'java']),
  /** How many version components must agree: 2 = minor (Python 3.12), 1 = major (Node 22). */
  components: z.number().int().min(1).max(3).default(2),
});

const cut = (v: string, n: number) => v.split('.').slice(0, n).join('.');

export default defineGoal({
  kind: 'same-runtime-version',
  description: 'Builder stages the final image copies from run the same language version as the final image (to N version components).',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const rt = final.rootImage?.runtime;
    const root = chainOf(ctx.model, final).at(-1)!;
    if (!rt || rt.language !== p.language)
      return fail(`Stagecraft cannot tell which ${p.language} version the final image (${baseLabel(root)}) has${final.rootUnknown ? ': the image is not in its catalog' : ''}. Use an official ${p.language} image with a version in the tag.`, root.from.range.line);
    const want = cut(rt.version, p.components);
    const builders = ctx.reachable.filter((s) => !ctx.chain.includes(s) && copiedFrom(ctx, s));
    const checked: Stage[] = [];
    for (const b of builders) {
      const brt = b.rootImage?.runtime;
      const broot = chainOf(ctx.model, b).at(-1)!;
      if (!brt || brt.language !== p.language) {
        const tools = stageTools(ctx.model, b);
        const uses = p.language === 'python' ? tools.has('python3') || tools.has('pip') : p.language === 'node' ? tools.has('node') : tools.has('java') || tools.has('mvn');
        if (uses && !b.rootUnknown)
          return fail(`The builder ${stageLabel(b)} gets ${p.language} from ${baseLabel(broot)}'s packages, whose version Stagecraft cannot match against the final image's ${p.language} ${rt.version}. Build on the official ${p.language} image with the same version (e.g. ${p.language}:${want}).`, broot.from.range.line);
        if (b.rootUnknown) return fail(`Stagecraft cannot tell which ${p.language} version builder ${stageLabel(b)} (${baseLabel(broot)}) has. Use ${p.language}:${want} images for both stages.`, broot.from.range.line);
        continue;
      }
      checked.push(b);
      const got = cut(brt.version, p.components);
      if (got !== want)
        return fail(`The builder ${stageLabel(b)} uses ${p.language} ${brt.version} (${baseLabel(broot)}, line ${broot.from.range.line}) but the final image runs ${p.language} ${rt.version}: what it installs or builds is tied to ${got}. Use the same ${p.components === 1 ? 'major' : 'minor'} version in both stages.`, broot.from.range.line);
    }
    if (!checked.length) return pass(`The final image runs ${p.language} ${rt.version}; no builder stage uses another ${p.language}.`);
    return pass(`Builder and final image both run ${p.language} ${want}.`, checked[0].from.range.line);
  },
});

/** Whether the final chain copies from `s` or from a stage built FROM it. */
function copiedFrom(ctx: GoalContext, s: Stage): boolean {
  return ctx.chain.some((f) => f.copies.some((c) => c.source.kind === 'stage' && chainOf(ctx.model, ctx.model.stages[c.source.stage]).includes(s)));
}
