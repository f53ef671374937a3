// Docker Official Images `golang`: Debian (buildpack-deps:*-scm + gcc) and -alpine for Go 1.22–1.27.
// No ENTRYPOINT and no CMD of their own: Cmd is inherited (["bash"] on Debian, ["/bin/sh"] on alpine).

import type { CatalogImage } from '../../types.ts';
import { ALPINE, BUILDPACK_DEPS, DEBIAN, JSON_SOURCE, entry, size, withFiles, type CatalogEntry } from '../define.ts';

const GH = 'docker-library/golang';
const PATH = '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

interface Line {
  v: string;
  full: string | null;
  suites: string[];
  status: CatalogImage['status'];
  source: string;
  json?: boolean;
}

const EOL = (next: string): CatalogImage['status'] => ({ state: 'deprecated', note: `Go supports the two newest releases; ${next} and later replaced this line, so the tags are no longer updated` });

const LINES: Line[] = [
  { v: '1.27', full: '1.27.0', suites: ['trixie', 'bookworm'], status: { state: 'current' }, source: `${GH}@7aa947b3: 1.27/trixie/Dockerfile (FROM buildpack-deps:trixie-scm + g++ gcc libc6-dev make pkg-config; GOLANG_VERSION 1.27.0; GOTOOLCHAIN=local; GOPATH /go; WORKDIR $GOPATH; no CMD)` },
  { v: '1.26', full: '1.26.7', suites: ['trixie', 'bookworm'], status: { state: 'current' }, source: `${GH}@8d542782: 1.26/trixie/Dockerfile; docker-library/repo-info: repos/golang/local/1.26-bookworm.md (golang:1.26.7-bookworm: Command ["bash"], Env PATH=/go/bin:/usr/local/go/bin:…, ~833.46 MB)` },
  { v: '1.25', full: '1.25.6', suites: ['trixie', 'bookworm'], status: EOL('1.27'), source: `${GH}@1c0ced42: 1.25/trixie/Dockerfile (GOLANG_VERSION 1.25.6; same template, no CMD, WORKDIR $GOPATH)` },
  { v: '1.24', full: null, suites: ['bookworm', 'trixie'], status: EOL('1.26'), source: `${GH}: 1.24/bookworm/Dockerfile (same template)` },
  { v: '1.23', full: '1.23.2', suites: ['bookworm'], status: EOL('1.25'), source: `${GH}@89de06f6 (2024-10-01): 1.23/bookworm/Dockerfile, 1.23/alpine3.20/Dockerfile`, json: true },
  { v: '1.22', full: '1.22.8', suites: ['bookworm'], status: EOL('1.24'), source: `${GH}@89de06f6 (2024-10-01): 1.22/bookworm/Dockerfile, 1.22/alpine3.20/Dockerfile`, json: true },
];

const NOTE = 'No CMD in the golang Dockerfile: the Cmd is inherited from the base. WORKDIR /go ($GOPATH), runs as root. A build image: copy the binary into a small runtime stage.';

function line(l: Line): CatalogEntry[] {
  const env: Record<string, string> = { PATH, ...(l.full ? { GOLANG_VERSION: l.full } : {}), GOTOOLCHAIN: 'local', GOPATH: '/go' };
  const rt = { language: 'go' as const, version: l.v, kind: 'sdk' as const };
  const verNote = l.full ? `GOLANG_VERSION ${l.full} at the source snapshot (floats).` : 'GOLANG_VERSION not recorded (the patch release floats).';
  const src = (json: string) => [...(l.json ? [JSON_SOURCE + json] : []), l.source, `${GH}: Dockerfile-linux.template (ENV GOTOOLCHAIN=local, GOPATH /go, WORKDIR $GOPATH; no CMD)`];
  return [
    entry({
      name: `golang:${l.v}`, aliases: l.suites.map((s) => `golang:${l.v}-${s}`), cmd: ['bash'], workdir: '/go', env, ...DEBIAN,
      files: withFiles(DEBIAN, '/usr/local/go/bin/go', '/usr/local/go/bin/gofmt', ...BUILDPACK_DEPS.files, '/go'),
      role: 'build', runtime: rt, tools: ['go', 'gofmt', ...BUILDPACK_DEPS.tools, 'pkg-config'], status: l.status, size: size(null, null),
      notes: `${NOTE} Cmd ["bash"] comes from debian via buildpack-deps:<suite>-scm. gcc/libc6-dev are installed, so cgo is on by default (CGO_ENABLED=1): binaries that use net or os/user then need glibc at run time; build with CGO_ENABLED=0 for scratch/distroless static. About 800+ MB uncompressed (golang:1.26.7-bookworm is ~833 MB per repo-info). ${verNote}`,
      sources: src(`golang:${l.v}`),
    }),
    entry({
      name: `golang:${l.v}-alpine`, cmd: ['/bin/sh'], workdir: '/go', env, ...ALPINE,
      files: withFiles(ALPINE, '/usr/local/go/bin/go', '/usr/local/go/bin/gofmt', '/go'),
      role: 'build', runtime: rt, tools: ['go', 'gofmt'], status: l.status, size: size(null, null),
      notes: `${NOTE} Cmd ["/bin/sh"] comes from alpine. No gcc/musl-dev: cgo needs \`apk add build-base\`, so use CGO_ENABLED=0 (tags -alpine3.NN name the Alpine release). golang:1.26.6-alpine3.23 is ~241 MB uncompressed per repo-info. ${verNote}`,
      sources: src(`golang:${l.v}-alpine`),
    }),
  ];
}

/** golang:1.22 … golang:1.27 (Debian and -alpine). */
export const golang: CatalogEntry[] = LINES.flatMap(line);
