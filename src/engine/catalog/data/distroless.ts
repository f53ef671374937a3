// gcr.io/distroless images (debian11/12/13), four tags each, generated from one table so the
// tag rules (nonroot = 65532 + /home/nonroot, debug = busybox) are written once.
// Facts: /work/shared/data/base-images.json (GoogleContainerTools/distroless at b48e0a34, the
// 2025-05-08 debian12 state, and at HEAD cd080764, 2026-08-21) and base-images.md.

import type { CatalogImage } from '../../types.ts';
import { DEFAULT_PATH, JSON_SOURCE, entry, type CatalogEntry } from '../define.ts';

type Distro = 'debian11' | 'debian12' | 'debian13';
const VARIANTS = ['latest', 'nonroot', 'debug', 'debug-nonroot'] as const;
type Variant = (typeof VARIANTS)[number];

interface Spec {
  image: string;
  distro: Distro;
  /** ENTRYPOINT of latest/nonroot; `null` for static/base/cc/java-base (their :debug runs /busybox/sh). */
  entrypoint: string[] | null;
  env?: Record<string, string>;
  libc: 'none' | 'glibc';
  runtime?: CatalogImage['runtime'];
  /** Runtime of the :debug tags when it differs (java debug tags ship the JDK). */
  debugRuntime?: CatalogImage['runtime'];
  /** Toolchains of the :debug tags (javac in the java JDKs; its path was not recorded). */
  debugTools?: string[];
  files?: string[];
  status: CatalogImage['status'];
  notes: string;
  sources: string[];
  /** Which tags have an entry in base-images.json (debian11 ones are recorded under the bare name). */
  json?: Variant[] | 'bare';
  size?: CatalogImage['size'];
}

const HEAD = 'GoogleContainerTools/distroless@cd080764 (HEAD, 2026-08-21)';
const OLD = 'GoogleContainerTools/distroless@b48e0a34 (2025-05-08, debian12 era)';
const SSL = '/etc/ssl/certs/ca-certificates.crt';
const COMMON_FILES = ['/etc/passwd', '/etc/group', '/etc/nsswitch.conf', '/etc/services', SSL, '/tmp', '/home/nonroot'];
const USERS = { root: 0, nobody: 65534, nonroot: 65532 };
// :debug tags unpack a static BusyBox into /busybox with one link per applet. These are common
// applets of BusyBox's default configuration (the full list was not enumerated from the image).
const APPLETS = 'sh ash awk basename cat chmod chown cp cut date dd df dirname du echo env expr false find grep gunzip gzip head hostname id kill less ln ls md5sum mkdir more mv nc netstat nslookup ping printf ps pwd readlink rm rmdir sed sha256sum sleep sort stat tail tar tee test top touch tr true uname uniq unzip vi wc wget which whoami xargs';
const BUSYBOX_FILES = ['/busybox/busybox', ...APPLETS.split(' ').map((a) => `/busybox/${a}`)];
const REMOVED_D11 = { state: 'removed', since: '2024-09-03', note: 'debian11 builds removed in commit 1533e54a; the tags are frozen and unpatched' } as const;
const REMOVED_JAVA12 = { state: 'removed', since: '2026-02-27', note: 'java debian12 builds removed in commit b80e2842 (PR #2023); use the -debian13 image' } as const;
const REMOVED_NODE12 = { state: 'removed', since: '2026-02-27', note: 'nodejs debian12 builds removed in commit 5cd38c1e (PR #2024); use the -debian13 image' } as const;
const REMOVED_PY12 = { state: 'removed', since: '2026-05-12', note: 'python3-debian12 removed in commit 22b97d10 (authored 2026-05-11, merged via PR #2084 on 2026-05-12); use python3-debian13' } as const;
const D12_CURRENT = { state: 'current', note: 'still built at HEAD cd080764 (2026-08-21); SUPPORT_POLICY.md gives Debian 12 EOL "Sept 2026": whether it was removed since is not verified' } as const;
const STATIC_NOTE = 'No ENTRYPOINT and no CMD: a derived image must set one in exec form, or `docker run` fails with "No command specified". No /bin/sh, so shell-form CMD/ENTRYPOINT cannot run.';
const PY_NOTE = (v: string) => `ENTRYPOINT is the interpreter /usr/bin/python${v}: CMD must be just the script, CMD ["app.py"]; CMD ["python3","app.py"] runs python${v} python3 app.py and fails ("can't open file '<WORKDIR>/python3'"). No pip, no shell.`;
const JAVA_NOTE = 'ENTRYPOINT is ["/usr/bin/java","-jar"]: CMD must be the jar, CMD ["app.jar"]; CMD ["java","-jar","app.jar"] runs java -jar java -jar app.jar ("Unable to access jarfile java"). No shell, no javac in latest/nonroot.';
const NODE_NOTE = 'ENTRYPOINT is ["/nodejs/bin/node"] and /nodejs/bin is NOT on PATH; there is no npm, npx or corepack. CMD must be the script, CMD ["server.js"]; CMD ["node","server.js"] runs node node server.js ("Cannot find module \'<WORKDIR>/node\'").';
const HEAD_SRC = [`${HEAD}: BUILD (DEFAULT_DISTRO debian13, tag variants), static/static.bzl (USER_VARIANTS root=0 '/', nonroot=65532 '/home/nonroot'; debug entrypoint /busybox/sh, PATH+':/busybox')`];
const OLD_SRC = [`${OLD}: base/base.bzl (user/workdir variants, debug entrypoint /busybox/sh), BUILD (tag mapping)`, `${OLD}: base/testdata/base.yaml (/etc/passwd: root 0, nobody 65534, nonroot 65532)`];

function family(s: Spec): CatalogEntry[] {
  const repo = `gcr.io/distroless/${s.image}-${s.distro}`;
  return VARIANTS.map((v) => {
    const debug = v.startsWith('debug');
    const nonroot = v.endsWith('nonroot');
    const ep = s.entrypoint ?? (debug ? ['/busybox/sh'] : null);
    // Bare names are listed too (lookup reads them as :latest) for consumers that match aliases literally.
    const aliases: string[] = v === 'latest' ? [repo] : [];
    if (s.distro === 'debian13') aliases.push(...(v === 'latest' ? [`gcr.io/distroless/${s.image}`] : []), `gcr.io/distroless/${s.image}:${v}`);
    const jsonName = s.json === 'bare' ? (v === 'latest' ? repo : null) : s.json?.includes(v) ? `${repo}:${v}` : null;
    const variantNote = debug
      ? s.entrypoint
        ? `:${v} adds BusyBox under /busybox (/busybox/sh, /busybox on PATH) but KEEPS the ${s.entrypoint[0]} ENTRYPOINT: use \`docker run --entrypoint=sh\` for a shell.`
        : `:${v} adds BusyBox and sets ENTRYPOINT ["/busybox/sh"], so CMD ["/app"] runs /busybox/sh /app unless you set ENTRYPOINT.`
      : '';
    const userNote = nonroot ? 'Runs as 65532 (nonroot) in /home/nonroot.' : 'Runs as root (USER 0), WORKDIR /.';
    return entry({
      name: `${repo}:${v}`,
      aliases,
      entrypoint: ep,
      workdir: nonroot ? '/home/nonroot' : '/',
      user: nonroot ? '65532' : '0',
      env: { PATH: debug ? `${DEFAULT_PATH}:/busybox` : DEFAULT_PATH, SSL_CERT_FILE: SSL, ...s.env },
      shell: debug ? 'busybox' : 'none',
      shellPath: debug ? '/busybox/sh' : null,
      packageManager: 'none',
      libc: s.libc,
      role: 'minimal',
      runtime: (debug && s.debugRuntime) || s.runtime || null,
      tools: debug ? (s.debugTools ?? []) : [],
      files: [...COMMON_FILES, ...(s.files ?? []), ...(debug ? BUSYBOX_FILES : [])],
      users: USERS,
      status: s.status,
      size: v === 'latest' && s.size ? s.size : { compressedMB: null, uncompressedMB: null },
      notes: [s.notes, userNote, variantNote].filter(Boolean).join(' '),
      sources: [...(jsonName ? [JSON_SOURCE + jsonName] : []), ...s.sources],
    });
  });
}

const ALL: Variant[] = [...VARIANTS];
const d13 = (image: string, rest: Omit<Spec, 'image' | 'distro' | 'status' | 'json'>): Spec => ({
  image, distro: 'debian13', status: { state: 'current' }, json: ALL, ...rest,
  notes: `${rest.notes} Unsuffixed gcr.io/distroless/${image} resolves here since 2026-02-02 (commit 4aa1087, PR #1987).`,
  sources: [...rest.sources, ...HEAD_SRC],
});
const java = (v: string, full: string) =>
  d13(`java${v}`, {
    entrypoint: ['/usr/bin/java', '-jar'], env: { LANG: 'C.UTF-8', JAVA_VERSION: full }, libc: 'glibc',
    runtime: { language: 'java', version: v, kind: 'jre' }, debugRuntime: { language: 'java', version: v, kind: 'jdk' }, debugTools: ['javac'],
    files: ['/usr/bin/java'],
    notes: `Eclipse Temurin ${v} from the Adoptium Debian repo (JRE in latest/nonroot, JDK in debug tags). JAVA_VERSION ${full} is the amd64 value at HEAD 2026-08-21 (other arches may lack the 4th component; it tracks updates). ${JAVA_NOTE}`,
    sources: [`${HEAD}: java/java.bzl (entrypoint /usr/bin/java -jar; JAVA_VERSION; debug uses temurin-${v}-jdk), java/BUILD, java/testdata/java${v}_debian13.yaml`],
  });
const node = (v: string, full: string, distro: Distro = 'debian13') => ({
  entrypoint: ['/nodejs/bin/node'], libc: 'glibc' as const, runtime: { language: 'node' as const, version: v },
  files: ['/nodejs/bin/node'],
  notes: `Node v${full} at the source snapshot (only bin/node is copied to /nodejs). ${NODE_NOTE}`,
  sources: distro === 'debian13'
    ? [`${HEAD}: nodejs/nodejs.bzl (entrypoint /nodejs/bin/node, no env), nodejs/config.bzl, nodejs/testdata/nodejs${v}.yaml, nodejs/testdata/check_npm.yaml`]
    : [`${OLD}: nodejs/BUILD (entrypoint /nodejs/bin/node), nodejs/testdata/check_npm.yaml`, 'GoogleContainerTools/distroless@5cd38c1e: Remove nodejs debian12 builds (2026-02-27)', ...OLD_SRC],
});
const d12Base = (image: string, libc: 'none' | 'glibc', notes: string): Spec => ({
  image, distro: 'debian12', entrypoint: null, libc, status: D12_CURRENT, json: ALL, notes: `${notes} ${STATIC_NOTE}`,
  sources: [...OLD_SRC, `${HEAD}: ${image === 'static' ? 'static' : image === 'cc' ? 'cc' : 'base'}/config.bzl (debian12 still listed), SUPPORT_POLICY.md`],
});

const SPECS: Spec[] = [
  d13('static', { entrypoint: null, libc: 'none', notes: `Contents: ca-certificates, /etc/passwd, /etc/group, /tmp, tzdata, netbase. For fully static binaries (CGO_ENABLED=0 Go, static Rust). README: about 2 MiB. ${STATIC_NOTE}`, sources: [`${HEAD}: static/config.bzl, README.md ("around 2 MiB")`], size: { compressedMB: 2, uncompressedMB: null } }),
  d13('base', { entrypoint: null, libc: 'glibc', notes: `static + glibc 2.41 + OpenSSL 3.5 (libssl3t64) + libzstd1 + zlib1g. ${STATIC_NOTE}`, sources: [`${HEAD}: base/config.bzl, private/repos/deb/trixie.lock.json`] }),
  d13('base-nossl', { entrypoint: null, libc: 'glibc', notes: `static + glibc 2.41, no libssl. ${STATIC_NOTE}`, sources: [`${HEAD}: base/config.bzl`] }),
  d13('cc', { entrypoint: null, libc: 'glibc', notes: `base + libgcc-s1, libstdc++6 (GCC 14), libgomp1, for Rust/C/C++ binaries. ${STATIC_NOTE}`, sources: [`${HEAD}: cc/config.bzl`] }),
  d13('python3', { entrypoint: ['/usr/bin/python3.13'], env: { LANG: 'C.UTF-8' }, libc: 'glibc', runtime: { language: 'python', version: '3.13' }, files: ['/usr/bin/python3.13', '/usr/bin/python3', '/usr/bin/python'], notes: `Python 3.13.5 (Debian trixie); /usr/bin/python and /usr/bin/python3 link to python3.13. ${PY_NOTE('3.13')} Build stage: python:3.13-slim-trixie (venvs need a /usr/local/bin/python symlink).`, sources: [`${HEAD}: python3/python.bzl (DISTRO_VERSION debian13 "3.13"; entrypoint /usr/bin/python3.13; LANG=C.UTF-8; python/python3 symlinks), python3/testdata/debian13.yaml (Python 3.13.5), python3/README.md`] }),
  d13('java-base', { entrypoint: null, env: { LANG: 'C.UTF-8' }, libc: 'glibc', notes: `base-nossl + libstdc++6/libgcc-s1 + font libraries; no JVM. ${STATIC_NOTE}`, sources: [`${HEAD}: java/BUILD, java/java.bzl`] }),
  java('17', '17.0.20.1'),
  java('21', '21.0.12.1'),
  java('25', '25.0.4.1'),
  d13('nodejs22', node('22', '22.23.2')),
  d13('nodejs24', node('24', '24.19.0')),
  d13('nodejs26', { ...node('26', '26.7.0'), notes: `${node('26', '26.7.0').notes} Exists since 2026-05-13 (PR #2085).` }),
  { ...d12Base('static', 'none', 'Debian 12 static: ca-certificates, /etc/passwd, tzdata, netbase. README: about 2 MiB.'), size: { compressedMB: 2, uncompressedMB: null } },
  d12Base('base', 'glibc', 'static + glibc (Debian 12 libc6) + libssl3.'),
  d12Base('base-nossl', 'glibc', 'static + glibc (Debian 12 libc6), no libssl.'),
  d12Base('cc', 'glibc', 'base + libgcc-s1, libstdc++6, libgomp1.'),
  { image: 'python3', distro: 'debian12', entrypoint: ['/usr/bin/python3.11'], env: { LANG: 'C.UTF-8' }, libc: 'glibc', runtime: { language: 'python', version: '3.11' }, files: ['/usr/bin/python3.11', '/usr/bin/python3', '/usr/bin/python'], status: REMOVED_PY12, json: ALL, notes: `Python 3.11.2 (Debian bookworm). ${PY_NOTE('3.11')} Unsuffixed gcr.io/distroless/python3 meant this image from 2024-04-19 to 2026-02-02.`, sources: [`${OLD}: python3/BUILD (entrypoint /usr/bin/python3.11, LANG=C.UTF-8), python3/testdata/debian12.yaml (Python 3.11.2)`, 'GoogleContainerTools/distroless@22b97d10: Remove python3-debian12', ...OLD_SRC] },
  { image: 'java-base', distro: 'debian12', entrypoint: null, env: { LANG: 'C.UTF-8' }, libc: 'glibc', status: REMOVED_JAVA12, notes: `Not in base-images.json; added because commit b80e2842 removed java-base together with java17/21-debian12. Config assumed to follow the java-base-debian13 shape (env LANG unverified for debian12). ${STATIC_NOTE}`, sources: ['GoogleContainerTools/distroless@b80e2842: Remove java debian12 builds (java-base, java17, java21)', ...OLD_SRC] },
  { image: 'java17', distro: 'debian12', entrypoint: ['/usr/bin/java', '-jar'], env: { LANG: 'C.UTF-8', JAVA_VERSION: '17.0.15' }, libc: 'glibc', runtime: { language: 'java', version: '17', kind: 'jre' }, debugRuntime: { language: 'java', version: '17', kind: 'jdk' }, debugTools: ['javac'], files: ['/usr/bin/java'], status: REMOVED_JAVA12, json: ALL, notes: `Debian openjdk-17-jre-headless (the debug tags ship the JDK); JAVA_VERSION 17.0.15 at the 2025-05 snapshot (tracked updates). ${JAVA_NOTE}`, sources: [`${OLD}: java/BUILD (entrypoint /usr/bin/java -jar)`, 'GoogleContainerTools/distroless@b80e2842: Remove java debian12 builds', ...OLD_SRC] },
  { image: 'java21', distro: 'debian12', entrypoint: ['/usr/bin/java', '-jar'], env: { LANG: 'C.UTF-8', JAVA_VERSION: '21.0.7' }, libc: 'glibc', runtime: { language: 'java', version: '21', kind: 'jre' }, debugRuntime: { language: 'java', version: '21', kind: 'jdk' }, debugTools: ['javac'], files: ['/usr/bin/java'], status: REMOVED_JAVA12, json: ALL, notes: `Eclipse Temurin 21 JRE (the debug tags ship the JDK); JAVA_VERSION 21.0.7 at the 2025-05 snapshot (tracked updates). ${JAVA_NOTE}`, sources: [`${OLD}: java/BUILD (entrypoint /usr/bin/java -jar)`, 'GoogleContainerTools/distroless@b80e2842: Remove java debian12 builds', ...OLD_SRC] },
  { image: 'nodejs20', distro: 'debian12', ...node('20', '20.19.1', 'debian12'), status: REMOVED_NODE12, json: ALL, notes: `${node('20', '20.19.1').notes} Node 20 was dropped from distroless altogether in commit 400e0721 (2026-05-01).` },
  { image: 'nodejs22', distro: 'debian12', ...node('22', '22.x (not recorded)', 'debian12'), status: REMOVED_NODE12, json: ALL },
  { image: 'nodejs24', distro: 'debian12', ...node('24', '24.x (not recorded)', 'debian12'), status: REMOVED_NODE12, notes: `Not in base-images.json; base-images.md lists nodejs24-debian12 among the images removed by commit 5cd38c1e. Config as the other nodejs images. ${NODE_NOTE}` },
  { image: 'python3', distro: 'debian11', entrypoint: ['/usr/bin/python3.9'], env: { LANG: 'C.UTF-8' }, libc: 'glibc', runtime: { language: 'python', version: '3.9' }, files: ['/usr/bin/python3.9', '/usr/bin/python3'], status: REMOVED_D11, json: 'bare', notes: `Python 3.9.2 (experimental/python3, Debian 11). ${PY_NOTE('3.9')} Unsuffixed gcr.io/distroless/python3 meant this image before 2024-04-19.`, sources: ['GoogleContainerTools/distroless@1533e54a^: experimental/python3/BUILD (entrypoint /usr/bin/python3.9), testdata/debian11.yaml (Python 3.9.2)', 'GoogleContainerTools/distroless@1533e54a: remove debian11 builds'] },
  { image: 'base', distro: 'debian11', entrypoint: null, libc: 'glibc', status: REMOVED_D11, json: 'bare', notes: `glibc (Debian 11) + libssl. ${STATIC_NOTE}`, sources: ['GoogleContainerTools/distroless@1533e54a^: base/base.bzl, base/distro.bzl', 'GoogleContainerTools/distroless@1533e54a: remove debian11 builds'] },
  { image: 'static', distro: 'debian11', entrypoint: null, libc: 'none', status: REMOVED_D11, notes: `base-images.json records it as "same config as base-debian11 minus glibc/libssl". ${STATIC_NOTE}`, sources: ['shared/data/base-images.json: alias note on gcr.io/distroless/base-debian11', 'GoogleContainerTools/distroless@1533e54a: remove debian11 builds'] },
];

/** Every distroless entry: 4 tags for each image and distro in the table. */
export const distroless: CatalogEntry[] = SPECS.flatMap(family);
