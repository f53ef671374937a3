// Reads image tags as families (version + variant) so a tag the catalog does not list, such as
// python:3.12.7-slim-bookworm or golang:1.23.4-alpine3.20, can be matched to python:3.12-slim
// or golang:1.23-alpine. Each tag family of an official image shares one image config.

/** The shape of a tag: its version (if any), a floating word, and its variant tokens. */
export interface TagShape {
  /** Numeric version components (`3.12.7` → [3, 12, 7]); suite names become Debian/Ubuntu versions. */
  version: number[] | null;
  /** A floating word in place of a version: latest, lts, current, stable. */
  word: string | null;
  /** Variant tokens after normalization (`slim`, `alpine`, `jre`, `debug-nonroot`), joined by `-`. */
  variant: string;
  /** The first token was a Debian/Ubuntu suite (`bookworm-slim`): a version for debian/ubuntu, a variant elsewhere. */
  suiteFirst: boolean;
}

/** Debian and Ubuntu code names and the versions they stand for. */
export const SUITES: Readonly<Record<string, number[]>> = {
  buster: [10], bullseye: [11], bookworm: [12], trixie: [13], forky: [14],
  focal: [20, 4], jammy: [22, 4], noble: [24, 4], resolute: [26, 4],
};
/**
 * Node.js LTS code names, which the node image also uses as tags (`jod-alpine`, `krypton-slim`):
 * docker-library/node versions.json "codename" → generated tags.
 */
export const NODE_CODENAMES: Readonly<Record<string, number[]>> = { hydrogen: [18], iron: [20], jod: [22], krypton: [24] };
const ARCHES = new Set(['amd64', 'arm64', 'arm', 'armv7', 'arm64v8', 's390x', 'ppc64le', 'riscv64', '386', 'i386']);
const FLOATING = new Set(['latest', 'lts', 'current', 'stable']);

/** Parse a tag into its family shape (see TagShape). */
export function parseTag(tag: string): TagShape {
  const tokens = tag.toLowerCase().split('-');
  let version: number[] | null = null;
  let word: string | null = null;
  let suiteFirst = false;
  let rest = tokens;
  const first = tokens[0] ?? '';
  // 21.0.5_11 (temurin build suffix) and v1 forms count as versions too.
  const m = /^v?(\d+(?:\.\d+)*)(?:_\d+)?$/.exec(first);
  if (m) {
    version = m[1]!.split('.').map(Number);
    rest = tokens.slice(1);
  } else if (SUITES[first]) {
    version = SUITES[first]!;
    suiteFirst = true;
    rest = tokens.slice(1);
  } else if (NODE_CODENAMES[first]) {
    version = NODE_CODENAMES[first]!;
    rest = tokens.slice(1);
  } else if (FLOATING.has(first)) {
    word = first;
    rest = tokens.slice(1);
  }
  const variant: string[] = [];
  for (const t of rest) {
    if (!t || ARCHES.has(t) || /^\d{8}$/.test(t) || SUITES[t]) continue;
    if (/^alpine\d/.test(t)) variant.push('alpine');
    // eclipse-temurin spells alpine versions as a separate token: 21-jre-alpine-3.21
    else if (variant.at(-1) === 'alpine' && /^\d+(\.\d+)*$/.test(t)) continue;
    else variant.push(t);
  }
  return { version, word, variant: variant.join('-'), suiteFirst };
}

/** Whether `prefix` is a leading part of `full` (`[3,12]` of `[3,12,7]`). */
export function isVersionPrefix(prefix: readonly number[], full: readonly number[]): boolean {
  return prefix.length <= full.length && prefix.every((n, i) => n === full[i]);
}

/** Compare versions numerically, component by component; shorter sorts first on ties. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** Render a shape key used by the index: `3.12|slim`, `latest|debug`, `|alpine`. */
export function shapeKey(s: TagShape): string {
  return `${s.version ? s.version.join('.') : (s.word ?? '')}|${s.variant}`;
}
