// Docker Official Images `python`: full (buildpack-deps), -slim and -alpine for 3.9–3.14.
// No ENTRYPOINT, CMD ["python3"], no WORKDIR, root. Python lives in /usr/local/bin.

import type { CatalogImage } from '../../types.ts';
import { ALPINE, BUILDPACK_DEPS, DEBIAN, JSON_SOURCE, entry, size, withFiles, type CatalogEntry } from '../define.ts';

const PATH = '/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const GH = 'docker-library/python';

interface Line {
  v: string;
  /** PYTHON_VERSION in the Dockerfile that was read (it floats with each release). */
  full: string;
  /** GPG_KEY env, when the Dockerfile read sets one (3.14 verifies with Sigstore only). */
  gpg: string | null;
  /** 3.13+ Dockerfiles no longer set LANG=C.UTF-8. */
  lang: boolean;
  /** Debian suites published for this line (first = default of the plain/slim tags). */
  suites: string[];
  status: CatalogImage['status'];
  source: string;
  json?: { full?: string; slim?: string; alpine?: string };
  sizes?: { full?: CatalogImage['size']; slim?: CatalogImage['size']; alpine?: CatalogImage['size'] };
}

const LINES: Line[] = [
  { v: '3.14', full: '3.14.2', gpg: null, lang: false, suites: ['trixie', 'bookworm'], status: { state: 'current' }, source: `${GH}@00bfe6f2: 3.14/slim-trixie/Dockerfile (ENV PATH, PYTHON_VERSION 3.14.2, PYTHON_SHA256; no LANG, no GPG_KEY; CMD ["python3"])` },
  { v: '3.13', full: '3.13.9', gpg: '7169605F62C751356D054A26A821E680E5FA6305', lang: false, suites: ['trixie', 'bookworm'], status: { state: 'current' }, source: `${GH}@3f2d7e4c: 3.13/slim-trixie/Dockerfile (ENV PATH, GPG_KEY, PYTHON_VERSION 3.13.9; no LANG; CMD ["python3"])` },
  {
    v: '3.12', full: '3.12.14', gpg: '7169605F62C751356D054A26A821E680E5FA6305', lang: true, suites: ['trixie', 'bookworm'], status: { state: 'current' },
    source: `${GH}@01ba658c: 3.12/slim-trixie/Dockerfile (ENV PATH, LANG C.UTF-8, GPG_KEY; CMD ["python3"])`,
    json: { full: 'python:3.12', slim: 'python:3.12-slim', alpine: 'python:3.12-alpine' },
    sizes: { full: size(null, 1020), slim: size(45.4, 124.3), alpine: size(null, 48.84) },
  },
  { v: '3.11', full: '3.11.14', gpg: 'A035C8C19219BA821ECEA86B64E628F8D684696D', lang: true, suites: ['trixie', 'bookworm'], status: { state: 'current' }, source: `${GH}@e9399041: 3.11/slim-trixie/Dockerfile (ENV PATH, LANG C.UTF-8, GPG_KEY, PYTHON_VERSION 3.11.14; pip installs setuptools + wheel; CMD ["python3"])` },
  { v: '3.10', full: '3.10.x (not recorded)', gpg: null, lang: true, suites: ['bookworm', 'bullseye'], status: { state: 'deprecated', note: 'Python 3.10 reached end of life in October 2026 (PEP 619); docker-library stops updating EOL lines' }, source: `${GH}: versions.json history (3.10 variants bullseye/buster/alpine; CMD ["python3"] in every Dockerfile of the template)` },
  { v: '3.9', full: '3.9.x (not recorded)', gpg: null, lang: true, suites: ['bookworm', 'bullseye'], status: { state: 'deprecated', note: 'Python 3.9 reached end of life in October 2025 (PEP 596); tags no longer updated' }, source: `${GH}: versions.json history (3.9 variants; CMD ["python3"] in every Dockerfile of the template)` },
];

function env(l: Line): Record<string, string> {
  const e: Record<string, string> = { PATH };
  if (l.lang) e.LANG = 'C.UTF-8';
  if (l.gpg) e.GPG_KEY = l.gpg;
  if (!l.full.includes('not recorded')) e.PYTHON_VERSION = l.full;
  return e;
}

function files(v: string, land: typeof DEBIAN): string[] {
  return withFiles(land, `/usr/local/bin/python${v}`, '/usr/local/bin/python3', '/usr/local/bin/python', '/usr/local/bin/pip', '/usr/local/bin/pip3');
}

const COMMON_NOTE = 'No ENTRYPOINT and CMD ["python3"]: CMD ["python","app.py"] / ["python3","app.py"] are right; CMD ["app.py"] alone tries to exec app.py itself. No WORKDIR (/), runs as root. Python, pip in /usr/local/bin.';

function line(l: Line): CatalogEntry[] {
  const rt = { language: 'python' as const, version: l.v };
  const envNote = `PYTHON_VERSION ${l.full} in the Dockerfile read (floats with releases); PYTHON_SHA256 (per release) omitted.`;
  const tail = (json?: string) => [...(json ? [JSON_SOURCE + json] : []), l.source, `${GH}: Dockerfile-linux.template`];
  return [
    entry({
      name: `python:${l.v}`,
      aliases: l.suites.map((s) => `python:${l.v}-${s}`),
      cmd: ['python3'], env: env(l), ...DEBIAN, files: [...files(l.v, DEBIAN), ...BUILDPACK_DEPS.files],
      role: 'build', runtime: rt, tools: ['python3', 'pip', ...BUILDPACK_DEPS.tools],
      status: l.status, size: l.sizes?.full ?? size(null, null),
      notes: `${COMMON_NOTE} FROM buildpack-deps:<suite> (compilers, headers, git): a build image (python:3.12-bookworm is ~1.02 GB uncompressed per repo-info). Default suite ${l.suites[0]}. ${envNote}`,
      sources: tail(l.json?.full),
    }),
    entry({
      name: `python:${l.v}-slim`,
      aliases: l.suites.map((s) => `python:${l.v}-slim-${s}`),
      cmd: ['python3'], env: env(l), ...DEBIAN, files: files(l.v, DEBIAN),
      role: 'runtime', runtime: rt, tools: ['python3', 'pip'],
      status: l.status, size: l.sizes?.slim ?? size(null, null),
      notes: `${COMMON_NOTE} FROM debian:<suite>-slim with ca-certificates, netbase, tzdata; no compilers (build deps purged). Default suite ${l.suites[0]}. ${envNote}`,
      sources: tail(l.json?.slim),
    }),
    entry({
      name: `python:${l.v}-alpine`,
      cmd: ['python3'], env: env(l), ...ALPINE, files: files(l.v, ALPINE),
      role: 'runtime', runtime: rt, tools: ['python3', 'pip'],
      status: l.status, size: l.sizes?.alpine ?? size(null, null),
      notes: `${COMMON_NOTE} FROM alpine:3.x (tags -alpine3.NN name the release); musl: manylinux wheels do not install, pip may compile (needs build-base). ${envNote}`,
      sources: tail(l.json?.alpine),
    }),
  ];
}

/** python:3.9 … python:3.14 in the full, -slim and -alpine variants. */
export const python: CatalogEntry[] = LINES.flatMap(line);
