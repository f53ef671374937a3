// `FROM node` / `FROM node:latest`: the build takes whatever the registry's `latest` is that day.

import { defineRule } from './define.ts';

/** The tag of a reference (`name:tag`, ignoring a registry port), null when none; digests count as pinned. */
export function tagOf(ref: string): { tag: string | null; digest: boolean } {
  const digest = ref.includes('@');
  const noDigest = ref.split('@')[0];
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  const i = last.indexOf(':');
  return { tag: i >= 0 ? last.slice(i + 1) : null, digest };
}

/** Base images without a tag or with `latest`. */
export default defineRule({
  id: 'unpinned-base-image',
  severity: 'warning',
  title: 'Base image without a version tag',
  description: 'Without a tag Docker pulls `latest`, which moves: the same Dockerfile builds a different image next month, with a different runtime version or OS.',
  category: 'hygiene',
  equivalent: { hadolint: 'DL3006, DL3007', buildkit: null },
  check({ model, report }) {
    for (const s of model.stages) {
      if (s.base.kind !== 'image') continue;
      const ref = s.baseRef;
      // An empty reference (a variable without a value): undefined-variable / syntax report it.
      if (!ref) continue;
      const { tag, digest } = tagOf(ref);
      if (digest || (tag !== null && !/^latest(-dev)?$/.test(tag))) continue;
      // Chainguard's free images are published only as :latest / :latest-dev: a digest is the way to pin them.
      if (/^cgr\.dev\/chainguard\//.test(ref)) {
        report(s.baseRange, `"${ref}" moves with every Chainguard rebuild, and the free Chainguard images publish no version tags. Pin the digest (${ref.split(':')[0]}@sha256:…) and let a bot such as Renovate update it.`, { severity: 'info' });
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
