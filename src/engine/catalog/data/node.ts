// Docker Official Images `node` (nodejs/docker-node): full, -slim and -alpine for Node 18–26.
// ENTRYPOINT ["docker-entrypoint.sh"] (prepends `node` when needed, then execs), CMD ["node"].

import type { CatalogImage } from '../../types.ts';
import { ALPINE, BUILDPACK_DEPS, DEBIAN, JSON_SOURCE, entry, size, withFiles, type CatalogEntry, type Userland } from '../define.ts';

const GH = 'nodejs/docker-node';
const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

interface Line {
  v: string;
  /** NODE_VERSION as recorded by a source, or null when no clean value was read. */
  full: string | null;
  yarn: boolean;
  suites: string[];
  status: CatalogImage['status'];
  source: string;
  json?: { full?: string; slim?: string; alpine?: string };
  sizes?: { full?: CatalogImage['size']; slim?: CatalogImage['size']; alpine?: CatalogImage['size'] };
}

const LINES: Line[] = [
  { v: '26', full: null, yarn: false, suites: ['bookworm', 'trixie', 'bullseye'], status: { state: 'current' }, source: `${GH}@2d8996da: 26/trixie-slim/Dockerfile (user node 1000; no Yarn; ENTRYPOINT ["docker-entrypoint.sh"], CMD [ "node" ])` },
  { v: '24', full: '24.10.0', yarn: true, suites: ['bookworm', 'trixie', 'bullseye'], status: { state: 'current' }, source: `${GH}@4c8711af: 24/trixie-slim/Dockerfile (NODE_VERSION 24.10.0, YARN_VERSION 1.22.22; ENTRYPOINT ["docker-entrypoint.sh"], CMD [ "node" ])` },
  {
    v: '22', full: '22.23.2', yarn: true, suites: ['bookworm', 'trixie', 'bullseye'], status: { state: 'current' },
    source: `${GH}@7b8f9738 (2024-10-10): 22/bookworm/Dockerfile; docker-library/repo-info: repos/node/local/22.23.2.md (2026-08)`,
    json: { full: 'node:22', slim: 'node:22-slim', alpine: 'node:22-alpine' },
    sizes: { full: size(null, 1130), slim: size(null, 227.33), alpine: size(null, 167.63) },
  },
  {
    v: '20', full: '20.18.0', yarn: true, suites: ['bookworm', 'bullseye'], status: { state: 'deprecated', since: '2026-04-30', note: 'Node 20 reached end of life on 2026-04-30 (versions.json "end"); images are no longer updated' },
    source: `${GH}@7b8f9738 (2024-10-10): 20/bookworm/Dockerfile (NODE_VERSION 20.18.0)`,
    json: { full: 'node:20', slim: 'node:20-slim', alpine: 'node:20-alpine' },
  },
  { v: '18', full: null, yarn: true, suites: ['bookworm', 'bullseye'], status: { state: 'deprecated', since: '2025-04-30', note: 'Node 18 reached end of life on 2025-04-30 (versions.json "end"); images are no longer updated' }, source: `${GH}: 18/bookworm/Dockerfile (same template: ENTRYPOINT ["docker-entrypoint.sh"], CMD [ "node" ])` },
];

const NOTE =
  'ENTRYPOINT ["docker-entrypoint.sh"] (/usr/local/bin/docker-entrypoint.sh, #!/bin/sh): if the first argument starts with "-", is not a command on PATH, or is an existing non-executable file, it prepends `node`; then it execs. So CMD ["server.js"] runs node server.js and CMD ["npm","start"] runs npm start. Default CMD ["node"] opens the REPL. Setting your own ENTRYPOINT drops the script and resets the inherited CMD. Runs as root; user node (uid 1000, /home/node) exists: add USER node. No WORKDIR.';

function files(land: Userland, yarn: boolean): string[] {
  const f = ['/usr/local/bin/node', '/usr/local/bin/nodejs', '/usr/local/bin/npm', '/usr/local/bin/npx', '/usr/local/bin/corepack', '/usr/local/bin/docker-entrypoint.sh', '/home/node'];
  return withFiles(land, ...f, ...(yarn ? ['/usr/local/bin/yarn', '/usr/local/bin/yarnpkg'] : []));
}

function line(l: Line): CatalogEntry[] {
  const env: Record<string, string> = { PATH };
  if (l.full) env.NODE_VERSION = l.full;
  if (l.yarn) env.YARN_VERSION = '1.22.22';
  const rt = { language: 'node' as const, version: l.v };
  const tools = ['node', 'npm', 'npx', 'corepack', ...(l.yarn ? ['yarn'] : [])];
  const verNote = l.full ? `NODE_VERSION ${l.full} at the source snapshot (floats).` : 'NODE_VERSION not recorded (it floats with releases).';
  const common = { entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], env, runtime: rt, tools, entrypointScript: 'node-docker-entrypoint' as const, status: l.status };
  const src = (json?: string) => [...(json ? [JSON_SOURCE + json] : []), l.source, `${GH}@b3ae4060: versions.json (start/lts/end dates, debian-default bookworm, alpine-default for 18–24)`, `${GH}: docker-entrypoint.sh`, `${GH}: docs/BestPractices.md (user node, uid 1000)`];
  const deb = { ...DEBIAN, users: { ...DEBIAN.users, node: 1000 } };
  const alp = { ...ALPINE, users: { ...ALPINE.users, node: 1000 } };
  return [
    entry({ name: `node:${l.v}`, aliases: l.suites.map((s) => `node:${l.v}-${s}`), ...common, tools: [...tools, ...BUILDPACK_DEPS.tools], ...deb, files: [...files(deb, l.yarn), ...BUILDPACK_DEPS.files], role: 'build', size: l.sizes?.full ?? size(null, null), notes: `${NOTE} FROM buildpack-deps:<suite> (compilers, git): a build image. Suites: ${l.suites.join(', ')}; ${l.v === '26' ? 'which one the plain tag uses was not recorded' : 'versions.json gives bookworm as debian-default (at b3ae4060)'}. ${verNote}`, sources: src(l.json?.full) }),
    entry({ name: `node:${l.v}-slim`, aliases: l.suites.map((s) => `node:${l.v}-${s}-slim`), ...common, ...deb, files: files(deb, l.yarn), role: 'runtime', size: l.sizes?.slim ?? size(null, null), notes: `${NOTE} FROM debian:<suite>-slim. ${verNote}`, sources: src(l.json?.slim) }),
    entry({ name: `node:${l.v}-alpine`, ...common, ...alp, files: files(alp, l.yarn), role: 'runtime', size: l.sizes?.alpine ?? size(null, null), notes: `${NOTE} FROM alpine:3.x (tags -alpine3.NN); user node created with adduser -s /bin/sh. ${verNote}`, sources: src(l.json?.alpine) }),
  ];
}

/** node:18 … node:26 in the full, -slim and -alpine variants. */
export const node: CatalogEntry[] = LINES.flatMap(line);
