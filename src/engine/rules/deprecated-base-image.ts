// A base image that is deprecated or no longer built: it gets no security updates.

import { listImages, parseRef } from '../catalog/index.ts';
import type { CatalogImage } from '../types.ts';
import { defineRule } from './define.ts';

/** Per repository: are all catalog entries retired, and the oldest version line the catalog lists. */
interface RepoFacts {
  retired: boolean;
  note?: string;
  /** The oldest version line listed, and whether it is retired. */
  oldest?: { version: number[]; tag: string; retired: boolean };
}

const versionOf = (tag: string | null): number[] | null => {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(tag ?? '');
  return m ? m[1].split('.').map(Number) : null;
};
const older = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};

function repoFacts(): Map<string, RepoFacts> {
  const out = new Map<string, RepoFacts>();
  for (const img of listImages()) {
    const p = parseRef(img.name);
    const prev = out.get(p.repo);
    const retired = img.status.state !== 'current';
    const v = versionOf(p.tag);
    let oldest = prev?.oldest;
    if (v && (!oldest || older(v, oldest.version))) oldest = { version: v, tag: p.tag!, retired };
    out.set(p.repo, { retired: (prev?.retired ?? true) && retired, note: prev?.note ?? img.status.note, oldest });
  }
  return out;
}
let facts: Map<string, RepoFacts> | null = null;

/** Replacements the course teaches (ERRATA 15). */
function replacement(repo: string, tag: string | null, img: CatalogImage | null): string | null {
  if (repo === 'openjdk') {
    const v = /^(\d+)/.exec(tag ?? '')?.[1];
    return v && ['8', '11', '17', '21', '25'].includes(v) ? `eclipse-temurin:${v}-${/jdk/.test(tag ?? '') && !/jre/.test(tag ?? '') ? 'jdk' : 'jre'}` : 'eclipse-temurin (JRE tag)';
  }
  if (repo === 'maven' && tag?.includes('openjdk')) return 'maven:3.9-eclipse-temurin-21';
  const d = /^gcr\.io\/distroless\/(.+)-debian(10|11|12)$/.exec(repo);
  if (d && img?.status.state === 'removed') return `gcr.io/distroless/${d[1].replace(/^java(17|21)$/, 'java$1').replace(/^nodejs20$/, 'nodejs22')}-debian13${tag && tag !== 'latest' ? `:${tag}` : ''}`;
  return null;
}

/** Checks every stage the target needs: an unpatched builder image is also a supply-chain risk. */
export default defineRule({
  id: 'deprecated-base-image',
  severity: 'warning',
  title: 'Deprecated base image',
  description: 'A stage starts FROM an image that is deprecated or no longer built (openjdk, distroless -debian11, removed -debian12 language images, end-of-life language lines): it receives no security fixes.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ reachable, report }) {
    facts ??= repoFacts();
    for (const stage of reachable) {
      if (stage.base.kind !== 'image' || stage.baseRef.includes('$')) continue;
      const ref = parseRef(stage.baseRef);
      const img = stage.base.lookup.image;
      let why: string | null = null;
      if (img && img.status.state !== 'current') {
        why = `${img.name} is ${img.status.state === 'removed' ? 'no longer built' : 'deprecated'}${img.status.since ? ` (since ${img.status.since})` : ''}${img.status.note ? `: ${img.status.note}` : ''}`;
      } else if (!img && facts.get(ref.repo)?.retired) {
        why = `the ${ref.repo} image is deprecated${facts.get(ref.repo)?.note ? `: ${facts.get(ref.repo)!.note}` : ''}`;
      } else if (!img && facts.get(ref.repo)?.oldest?.retired && versionOf(ref.tag) && older(versionOf(ref.tag)!, facts.get(ref.repo)!.oldest!.version)) {
        why = `${ref.repo}:${ref.tag} is older than ${ref.repo}:${facts.get(ref.repo)!.oldest!.tag}, a line that is itself end of life, so it is no longer updated`;
      } else if (!img && ref.repo === 'maven' && ref.tag?.includes('openjdk')) {
        why = `maven's -openjdk- tags were built on the deprecated openjdk image and are no longer published`;
      } else if (!img && /^gcr\.io\/distroless\/.+-debian(9|10|11)$/.test(ref.repo)) {
        why = `${ref.repo} is no longer built (distroless removed its debian${/debian(\d+)$/.exec(ref.repo)![1]} images)`;
      }
      if (!why) continue;
      const next = replacement(ref.repo, ref.tag, img);
      report(stage.baseRange, `${why}. The image gets no security updates, so known CVEs stay in it.${next ? ` Use ${next} instead.` : ' Move to a maintained tag.'}`);
    }
  },
});
