// `FROM node` / `FROM node:latest`: the build takes whatever the registry's `latest` is that day.

import { defineRule } from './define.ts';
import { lookupImage } from '../catalog/lookup.ts';

/** The tag of a reference (`name:tag`, ignoring a registry port), null when none; digests count as pinned. */
export function tagOf(ref: string): { tag: string | null; digest: boolean } {
  const digest = ref.includes('@');
  const noDigest = ref.split('@')[0];
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  const i = last.indexOf(':');
  return { tag: i >= 0 ? last.slice(i + 1) : null, digest };
}

/** `gcr.io/distroless/<image>` without a `-debianNN` suffix: the suffixed name to use instead, else null. */
export function floatingDistroless(ref: string): string | null {
  const m = /^gcr\.io\/distroless\/([a-z0-9-]+?)(:[\w.-]+)?(@.*)?$/.exec(ref);
  if (!m || /-debian\d+$/.test(m[1])) return null;
  const named = `gcr.io/distroless/${m[1]}-debian13${m[2] ?? ''}`;
  return lookupImage(named).image ? named : `gcr.io/distroless/${m[1]}-debian<N>${m[2] ?? ''}`;
}

/** Base images without a tag or with `latest`, and distroless names that float across Debian releases. */
export default defineRule({
  id: 'unpinned-base-image',
  severity: 'warning',
  title: 'Base image without a version tag',
  description: 'Without a tag Docker pulls `latest`, which moves: the same Dockerfile builds a different image next month, with a different runtime version or OS. Unsuffixed distroless names (`gcr.io/distroless/python3`) move to the next Debian release the same way.',
  category: 'hygiene',
  equivalent: { hadolint: 'DL3006, DL3007', buildkit: null },
  check({ model, report }) {
    for (const s of model.stages) {
      if (s.base.kind !== 'image') continue;
      const ref = s.baseRef;
      // An empty reference (a variable without a value): undefined-variable / syntax report it.
      if (!ref) continue;
      const { tag, digest } = tagOf(ref);
      const floating = floatingDistroless(ref);
      if (floating && !digest) {
        report(s.baseRange, `"${ref}" has no Debian release in its name, so it follows distroless' default release and changes when distroless moves to the next Debian: the unsuffixed python3 went from Python 3.11 (Debian 12) to 3.13 (Debian 13) that way. Name the release: ${floating}.`);
        continue;
      }
      if (digest || (tag !== null && !/^latest(-dev)?$/.test(tag))) continue;
      // Chainguard's free images are published only as :latest / :latest-dev: a digest is the way to pin them.
      if (/^cgr\.dev\/chainguard\//.test(ref)) {
        report(s.baseRange, `"${ref}" moves with every Chainguard rebuild, and the free Chainguard images publish no version tags. Pin the digest (${ref.split(':')[0]}@sha256:…) and let a bot such as Renovate update it.`, { severity: 'info' });
        continue;
      }
      // Distroless publishes no version tags (latest, nonroot, debug, debug-nonroot, per arch), and
      // its unsuffixed names follow its default Debian release (catalog/data/distroless.ts).
      if (/^gcr\.io\/distroless\//.test(ref)) {
        const release = /-(debian\d+)/.exec(ref)?.[1] ?? 'debianNN';
        report(s.baseRange, `"${ref}" is rebuilt as Debian's packages are patched: distroless publishes no version tags. The -${release} suffix already fixes the Debian release; to build the same image every time, pin the digest (${ref.split(':')[0]}@sha256:…) and let a bot such as Renovate update it.`, { severity: 'info' });
        continue;
      }
      const suggestion = s.base.lookup.image && s.base.lookup.image.name !== ref ? ` such as ${s.base.lookup.image.name}` : '';
      report(
        s.baseRange,
        `${tag === 'latest' ? `"${ref}" names the moving latest tag` : `"${ref}" has no tag, so Docker pulls ${ref}:latest`}: each rebuild may get a different version and break without a change to the Dockerfile. Pin a version tag${suggestion} (or a digest).`,
      );
    }
  },
});
