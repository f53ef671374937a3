// OS base images: scratch, debian, ubuntu, alpine, busybox. They set only a Cmd (a shell);
// debian records an explicitly empty Entrypoint.

import { ALPINE, DEBIAN, DEFAULT_PATH, EMPTY, JSON_SOURCE, UBUNTU_NOBLE, entry, size, type CatalogEntry } from '../define.ts';

const ENV = { PATH: DEFAULT_PATH };
const DEBUERREOTYPE = 'debuerreotype/docker-debian-artifacts';

/** scratch: the reserved empty image. */
export const scratch: CatalogEntry = entry({
  name: 'scratch', role: 'empty', ...EMPTY, workdir: '/', size: size(0, 0),
  notes: 'Reserved empty image: FROM scratch adds no layer and cannot be pulled or run by itself. No Entrypoint, no Cmd, no Env (not even PATH), no /etc/passwd, no CA certificates, no /tmp. Set CMD/ENTRYPOINT in exec form to the absolute path of a static binary; shell form fails (no /bin/sh); USER by name fails (no /etc/passwd), use a numeric uid.',
  sources: [`${JSON_SOURCE}scratch`, 'docker-library/docs: scratch/README.md'],
});

const debian = (suite: string, version: string, slim: boolean, extra: Partial<CatalogEntry> = {}): CatalogEntry =>
  entry({
    name: `debian:${suite}${slim ? '-slim' : ''}`,
    aliases: [`debian:${version}${slim ? '-slim' : ''}`],
    entrypoint: [], cmd: ['bash'], env: ENV, ...DEBIAN, role: 'os',
    notes: `Debian ${version} (${suite}). The image config records an explicitly empty Entrypoint ([]) and Cmd ["bash"]; root, no WORKDIR.${slim ? ' Slim: documentation, man pages and locales stripped.' : ''}`,
    sources: [`${DEBUERREOTYPE}: ${suite}${slim ? '/slim' : ''}/oci/blobs/image-config.json (Entrypoint [], Cmd ["bash"])`],
    ...extra,
  });

const ubuntu = (version: string, codename: string, extra: Partial<CatalogEntry> = {}): CatalogEntry =>
  entry({
    name: `ubuntu:${version}`, aliases: [`ubuntu:${codename}`], cmd: ['/bin/bash'], env: ENV, ...DEBIAN, role: 'os',
    notes: `Ubuntu ${version} (${codename}), built by Canonical from the ubuntu-base rootfs (oci-import). Cmd ["/bin/bash"], root, no WORKDIR. Minimized: no apt lists until apt-get update.`,
    sources: ['docker-library/official-images: library/ubuntu (Builder: oci-import)', `docker-library/repo-info: repos/ubuntu/local/${version}.md (Command ["/bin/bash"], Env PATH)`],
    ...extra,
  });

const alpine = (v: string, patch: string | null, extra: Partial<CatalogEntry> = {}): CatalogEntry =>
  entry({
    name: `alpine:${v}`, aliases: patch ? [`alpine:${patch}`] : [], cmd: ['/bin/sh'], env: ENV, ...ALPINE, role: 'os',
    notes: `Alpine Linux ${v}: FROM scratch + ADD alpine-minirootfs, CMD ["/bin/sh"]. BusyBox ash is /bin/sh (no bash), musl libc, apk. The Dockerfile sets no ENV: PATH shown is Docker's default.`,
    sources: [`alpinelinux/docker-alpine (branch v${v}): x86_64/Dockerfile (CMD ["/bin/sh"])`],
    ...extra,
  });

/** The OS images of the catalog. */
export const os: CatalogEntry[] = [
  scratch,
  debian('trixie', '13', false, { aliases: ['debian:13', 'debian:stable'], status: { state: 'current', note: 'debian:latest and debian:stable point to trixie since its release (August 2025)' }, notes: 'Debian 13 (trixie), the current stable release. Image config: Entrypoint [] and Cmd ["bash"] (same debuerreotype build as bookworm); root, no WORKDIR. Sizes not recorded.' }),
  debian('trixie', '13', true, { aliases: ['debian:13-slim', 'debian:stable-slim'] }),
  debian('bookworm', '12', false, { aliases: ['debian:12', 'debian:oldstable'], size: size(48.5, 116.57), sources: [`${JSON_SOURCE}debian:bookworm`, `${DEBUERREOTYPE}@f5527c9b (2024-12-02): bookworm/oci/blobs/image-config.json, image-manifest.json (48,497,210 bytes)`, 'docker-library/repo-info: repos/debian/local/bookworm.md (~116.57 MB)'], status: { state: 'current', note: 'oldstable since August 2025' } }),
  debian('bookworm', '12', true, { aliases: ['debian:12-slim', 'debian:oldstable-slim'], size: size(28.2, null), sources: [`${JSON_SOURCE}debian:bookworm-slim`, `${DEBUERREOTYPE}@f5527c9b (2024-12-02): bookworm/slim/oci/blobs/image-config.json, image-manifest.json (28,231,580 bytes)`], status: { state: 'current', note: 'oldstable since August 2025' } }),
  ubuntu('24.04', 'noble', { ...UBUNTU_NOBLE, size: size(null, 78.16), sources: [`${JSON_SOURCE}ubuntu:24.04`, 'docker-library/official-images: library/ubuntu (Builder: oci-import)', 'docker-library/repo-info: repos/ubuntu/local/24.04.md (Command ["/bin/bash"], Env PATH, ~78.16 MB)', 'jupyterhub/repo2docker#1346 (ubuntu:24.04 /etc/passwd: ubuntu:x:1000:1000; default user root)'], notes: 'Ubuntu 24.04 (noble), built by Canonical from the ubuntu-base rootfs (oci-import). Cmd ["/bin/bash"], root, no WORKDIR. Minimized: no apt lists until apt-get update. Since 23.04 the image has a user `ubuntu` (uid/gid 1000), so `useradd -u 1000` fails; the container still runs as root.' }),
  ubuntu('22.04', 'jammy', { size: size(null, 78.08), sources: [`${JSON_SOURCE}ubuntu:22.04`, 'docker-library/official-images: library/ubuntu (Builder: oci-import)', 'docker-library/repo-info: repos/ubuntu/local/22.04.md (Command ["/bin/bash"], Env PATH, ~78.08 MB)'] }),
  alpine('3.24', '3.24.2', { sources: ['alpinelinux/docker-alpine@1c744e2d: x86_64/alpine-minirootfs-3.24.2-x86_64.tar.gz', 'alpinelinux/docker-alpine: x86_64/Dockerfile (FROM scratch, ADD minirootfs, CMD ["/bin/sh"])'] }),
  alpine('3.23', '3.23.6', { sources: ['alpinelinux/docker-alpine@00d34073: x86_64/alpine-minirootfs-3.23.6-x86_64.tar.gz', 'alpinelinux/docker-alpine: x86_64/Dockerfile (FROM scratch, ADD minirootfs, CMD ["/bin/sh"])'] }),
  alpine('3.22', '3.22.6', { sources: ['alpinelinux/docker-alpine@32cb3f1f: x86_64/alpine-minirootfs-3.22.6-x86_64.tar.gz', 'alpinelinux/docker-alpine: x86_64/Dockerfile (FROM scratch, ADD minirootfs, CMD ["/bin/sh"])'] }),
  alpine('3.21', '3.21.8', { status: { state: 'current', note: 'Alpine supports a release for two years: 3.21 (December 2024) reaches end of support around November 2026' }, sources: ['alpinelinux/docker-alpine@45ca5a79: x86_64/alpine-minirootfs-3.21.8-x86_64.tar.gz', 'alpinelinux/docker-alpine: x86_64/Dockerfile (FROM scratch, ADD minirootfs, CMD ["/bin/sh"])'] }),
  alpine('3.20', '3.20.3', { size: size(3.49, 8.09), status: { state: 'deprecated', note: 'Alpine 3.20 (May 2024) left its two-year support window in 2026' }, sources: [`${JSON_SOURCE}alpine:3.20`, 'alpinelinux/docker-alpine@7d636733 (branch v3.20): x86_64/Dockerfile, alpine-minirootfs-3.20.3 (gzip 3,490,290 bytes, tar 8,089,600 bytes)'] }),
  alpine('3.19', '3.19.4', { size: size(3.3, 7.69), status: { state: 'deprecated', note: 'Alpine 3.19 (December 2023) left its two-year support window in late 2025' }, sources: [`${JSON_SOURCE}alpine:3.19`, 'alpinelinux/docker-alpine@0822e580 (branch v3.19): x86_64/Dockerfile, minirootfs (gzip 3,299,369 bytes, tar 7,690,240 bytes)'] }),
];
