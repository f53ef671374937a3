// Goal kind `final-base`: what the final image is built on (scratch, distroless, a runtime image
// of a given language/version…), followed through `FROM <earlier stage>`.

import { z } from 'zod';
import type { CatalogImage } from '../../types.ts';
import { isDistroless } from '../../catalog/index.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { chainOf } from '../trace.ts';

const selector = z.strictObject({
  scratch: z.boolean().optional().describe('the chain starts FROM scratch'),
  distroless: z.boolean().optional().describe('a distroless image (gcr.io/distroless/*, Chainguard minimal)'),
  role: z.array(z.enum(['empty', 'minimal', 'runtime', 'build', 'os', 'server'])).optional().describe('catalog role is one of these'),
  libc: z.array(z.enum(['none', 'glibc', 'musl'])).optional(),
  shell: z.boolean().optional().describe('whether the image has a shell'),
  runtime: z.strictObject({
    language: z.enum(['python', 'node', 'java', 'go', 'rust']),
    kind: z.array(z.enum(['jdk', 'jre', 'sdk'])).optional(),
  }).optional(),
  name: z.string().optional().describe('regular expression the catalog name must match'),
});
type Selector = z.infer<typeof selector>;

const params = z.strictObject({
  anyOf: z.array(selector).min(1).describe('the base passes when it satisfies every field of at least one selector'),
  /** Refuse images the catalog marks as removed (no longer built, no security fixes). */
  allowRemoved: z.boolean().default(false),
  /** What to call the accepted bases in the failure message, e.g. "scratch or a distroless image". */
  expected: z.string(),
});

function satisfies(sel: Selector, img: CatalogImage | null, scratch: boolean): boolean {
  if (sel.scratch !== undefined && sel.scratch !== scratch) return false;
  if (scratch) return sel.scratch === true || (sel.role?.includes('empty') ?? false);
  if (!img) return false;
  if (sel.distroless !== undefined && isDistroless(img) !== sel.distroless) return false;
  if (sel.role && !sel.role.includes(img.role)) return false;
  if (sel.libc && !sel.libc.includes(img.libc)) return false;
  if (sel.shell !== undefined && (img.shell !== 'none') !== sel.shell) return false;
  if (sel.runtime) {
    if (img.runtime?.language !== sel.runtime.language) return false;
    if (sel.runtime.kind && !(img.runtime.kind && sel.runtime.kind.includes(img.runtime.kind))) return false;
  }
  if (sel.name && !new RegExp(sel.name).test(img.name)) return false;
  return true;
}

export default defineGoal({
  kind: 'final-base',
  description: 'The final image is built on an accepted base (scratch, distroless, a runtime of some language…), through FROM <stage> chains.',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const root = chainOf(ctx.model, final).at(-1)!;
    const line = root.from.range.line;
    const scratch = root.base.kind === 'scratch';
    const img = final.rootImage;
    if (!scratch && !img)
      return fail(`Stagecraft does not know the image ${root.baseRef} (line ${line}), so it cannot check that it is ${p.expected}. Use ${p.expected}.`, line);
    if (img && img.status.state === 'removed' && !p.allowRemoved)
      return fail(`${root.baseRef} (line ${line}) is no longer built${img.status.since ? ` (since ${img.status.since})` : ''}: it gets no security fixes. ${img.status.note ?? ''}`.trim(), line);
    const name = scratch ? 'scratch' : `${root.baseRef}${img && img.name !== root.baseRef ? ` (${img.name})` : ''}`;
    if (p.anyOf.some((s) => satisfies(s, img, scratch))) return pass(`The final image is built on ${name}.`, line);
    const why = img ? describe(img) : '';
    return fail(`The final stage is built on ${name}${why ? `, ${why}` : ''}; it should be ${p.expected}.`, line);
  },
});

function describe(img: CatalogImage): string {
  const parts: string[] = [];
  if (img.role === 'build') parts.push('a build image with compilers');
  else if (img.role === 'os') parts.push('a full OS userland');
  else if (img.role === 'runtime') parts.push('a language runtime image');
  if (img.runtime) parts.push(`${img.runtime.language} ${img.runtime.version}${img.runtime.kind ? ` ${img.runtime.kind.toUpperCase()}` : ''}`);
  if (img.packageManager !== 'none') parts.push(`with ${img.packageManager}`);
  return parts.join(', ');
}
