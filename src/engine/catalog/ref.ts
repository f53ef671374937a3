// Parses an image reference the way Docker names images: registry prefixes of Docker Hub
// stripped, `@digest` split off, a missing tag read as `latest`. Pure string work, no catalog.

/** A parsed, lower-cased image reference. */
export interface ParsedRef {
  /** Repository without Docker Hub prefixes, e.g. `python`, `gcr.io/distroless/static-debian13`. */
  repo: string;
  /** Tag as written (lower-cased), or null when none was given. */
  tag: string | null;
  /** `sha256:...` when the reference pins a digest. */
  digest: string | null;
  /** `repo:tag` with `latest` for a missing tag (`scratch` stays `scratch`). */
  normalized: string;
}

// Docker Hub spellings of the same repository; order matters (longest first).
const HUB_PREFIXES = [
  'index.docker.io/library/',
  'registry-1.docker.io/library/',
  'registry.hub.docker.com/library/',
  'docker.io/library/',
  'index.docker.io/',
  'registry-1.docker.io/',
  'registry.hub.docker.com/',
  'docker.io/',
  'library/',
];

/** Drop FROM-style flags (`--platform=linux/amd64`, `--platform linux/amd64`) and anything after the ref (`AS x`). */
function bareRef(ref: string): string {
  const words = ref.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && words[i]!.startsWith('--')) i += words[i]!.includes('=') ? 1 : 2;
  return words[i] ?? '';
}

/** Parse `ref` (case-insensitively: Docker references are lower-case). */
export function parseRef(ref: string): ParsedRef {
  let name = bareRef(ref).toLowerCase();
  let digest: string | null = null;
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1) || null;
    name = name.slice(0, at);
  }
  for (const prefix of HUB_PREFIXES)
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length);
      break;
    }
  // A ':' after the last '/' starts the tag; one before it is a registry port (localhost:5000/app).
  const colon = name.lastIndexOf(':');
  let tag: string | null = null;
  if (colon > name.lastIndexOf('/')) {
    tag = name.slice(colon + 1) || null;
    name = name.slice(0, colon);
  }
  const normalized = name === 'scratch' ? 'scratch' : `${name}:${tag ?? 'latest'}`;
  return { repo: name, tag, digest, normalized };
}
