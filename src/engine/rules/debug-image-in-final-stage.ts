// A distroless `:debug` tag (BusyBox shell included) in the image that ships.

import { isDistroless } from '../catalog/index.ts';
import { parseRef } from '../catalog/index.ts';
import { defineRule } from './define.ts';

/** The :debug tags add /busybox/sh for troubleshooting; shipping them brings back the shell distroless removes. */
export default defineRule({
  id: 'debug-image-in-final-stage',
  severity: 'warning',
  title: 'Debug image shipped',
  description: 'The final image is built on a distroless :debug tag, which adds a BusyBox shell (and, on static/base/cc, which have no ENTRYPOINT of their own, makes /busybox/sh the entrypoint; the language images keep their interpreter): the attack surface distroless removes comes back.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ finalChain, report }) {
    const root = finalChain[finalChain.length - 1];
    if (!root || root.base.kind !== 'image') return;
    const ref = parseRef(root.baseRef);
    const img = root.base.lookup.image;
    const distroless = isDistroless(img) || ref.repo.startsWith('gcr.io/distroless/') || ref.repo.startsWith('cgr.dev/chainguard/');
    if (!distroless || !ref.tag || !/(^|-)debug(-|$)/.test(ref.tag)) return;
    const tag = ref.tag.replace(/-?debug-?/, '') || 'latest';
    const fixed = root.baseRaw.includes('$') ? null : root.baseRaw.replace(/:[^:@/]*debug[^:@/]*/i, tag === 'latest' ? '' : `:${tag}`);
    report(
      root.baseRange,
      `${root.baseRef} is a debug tag: it adds a BusyBox shell under /busybox${img?.entrypoint?.[0] === '/busybox/sh' ? ' and makes /busybox/sh the ENTRYPOINT, so CMD ["/app"] runs /busybox/sh /app' : ''}. Use it to troubleshoot, but ship the non-debug tag${fixed ? ` (${fixed})` : ''}.`,
      fixed ? { fix: { title: `Use ${fixed}`, edits: [{ range: root.baseRange, text: fixed }] } } : undefined,
    );
  },
});
