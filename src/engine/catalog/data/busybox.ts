// Docker Official Images `busybox`: FROM scratch + one BusyBox binary, Cmd ["sh"].

import { DEFAULT_PATH, entry, type CatalogEntry } from '../define.ts';

const GH = 'docker-library/busybox';
const USERS = { root: 0, daemon: 1, bin: 2, sys: 3, mail: 8, 'www-data': 33, operator: 37, nobody: 65534 };
const FILES = ['/bin/sh', '/bin/busybox', '/usr/bin/env', '/etc/passwd', '/etc/group', '/tmp'];
const NOTE =
  'Image config: Cmd ["sh"] and Env PATH only; no ENTRYPOINT, root, WORKDIR /. All applets are installed in /bin (busybox --install /bin), so /bin/sh is BusyBox ash (no bash, no package manager). /etc/passwd comes from the buildroot skeleton (root, daemon, bin, sys, sync, mail, www-data, operator, nobody).';

const variant = (libc: 'glibc' | 'musl' | 'uclibc', aliases: string[], extra: string): CatalogEntry =>
  entry({
    name: `busybox:${libc}`, aliases, cmd: ['sh'], env: { PATH: DEFAULT_PATH },
    shell: 'busybox', shellPath: '/bin/sh', packageManager: 'none', libc: libc === 'glibc' ? 'glibc' : 'none',
    role: 'os', users: USERS, files: FILES,
    notes: `${NOTE} ${extra}`,
    sources: [`${GH}: latest-1/glibc/amd64/image-config.json (Cmd ["sh"], Env PATH)`, `${GH}@0436ae6a: latest-1/glibc/Dockerfile.builder (BusyBox 1.37.0, buildroot /etc/passwd, glibc libs copied for libnss)`, `${GH}: generate-stackbrew-library.sh (latest='uclibc'; tags <version>-<variant>, <variant>)`],
  });

/** busybox glibc, musl and uclibc; `latest` (and bare versions) is the uclibc build on amd64. */
export const busybox: CatalogEntry[] = [
  variant('uclibc', ['busybox:latest', 'busybox:1', 'busybox:1-uclibc'], 'uclibc build: what `busybox:latest` (and bare version tags) points to on amd64 (generate-stackbrew-library.sh sets latest=uclibc; some arches map latest to musl or glibc). Statically linked, so libc is recorded as none (not verified beyond the build script).'),
  variant('glibc', ['busybox:1-glibc'], 'glibc build (dynamic; glibc and libnss libraries copied into /lib for DNS).'),
  variant('musl', ['busybox:1-musl'], 'musl build, assumed statically linked (libc recorded as none; not verified).'),
];
