// Docker Official Images `nginx` (nginxinc/docker-nginx): Debian (bookworm/trixie -slim based)
// and Alpine. ENTRYPOINT ["/docker-entrypoint.sh"], CMD ["nginx","-g","daemon off;"],
// EXPOSE 80, STOPSIGNAL SIGQUIT; the master process runs as root, workers as nginx (101).

import type { CatalogImage } from '../../types.ts';
import { ALPINE, DEBIAN, entry, withFiles, type CatalogEntry, type Userland } from '../define.ts';

const GH = 'nginxinc/docker-nginx';
const SOURCES = [
  `${GH}@4bf0763f: mainline/debian/Dockerfile (FROM debian:bookworm-slim; groupadd/useradd --uid 101 nginx; ENTRYPOINT ["/docker-entrypoint.sh"]; EXPOSE 80; STOPSIGNAL SIGQUIT; CMD ["nginx", "-g", "daemon off;"])`,
  `${GH}@5ce65c3e: mainline/alpine-slim/Dockerfile (adduser -u 101 nginx; same ENTRYPOINT/EXPOSE/STOPSIGNAL/CMD)`,
  `${GH}@441914e4: entrypoint/docker-entrypoint.sh (runs /docker-entrypoint.d/* when $1 is nginx or nginx-debug, then exec "$@")`,
  'docker-library/official-images: library/nginx (tags mainline/latest/1.x, stable, -alpine)',
];

const NOTE =
  'ENTRYPOINT ["/docker-entrypoint.sh"] runs the /docker-entrypoint.d/ scripts (envsubst templates, IPv6 listen, worker tuning) only when the first argument is nginx or nginx-debug, then exec "$@": nginx is PID 1. CMD ["nginx","-g","daemon off;"] keeps nginx in the foreground. STOPSIGNAL SIGQUIT makes `docker stop` a graceful shutdown. EXPOSE 80. The master runs as root (to bind port 80); workers run as user nginx (uid 101). Access/error logs are symlinked to stdout/stderr. NGINX_VERSION floats with the tag and is not recorded.';

function nginx(name: string, aliases: string[], land: Userland, status: CatalogImage['status'], extra: string): CatalogEntry {
  return entry({
    name, aliases,
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    ...land,
    users: { ...land.users, nginx: 101 },
    files: withFiles(land, '/docker-entrypoint.sh', '/docker-entrypoint.d', '/usr/sbin/nginx', '/etc/nginx/nginx.conf', '/etc/nginx/conf.d/default.conf', '/usr/share/nginx/html/index.html'),
    role: 'server',
    entrypointScript: 'nginx-docker-entrypoint',
    stopSignal: 'SIGQUIT',
    expose: ['80/tcp'],
    status,
    notes: `${NOTE} ${extra}`,
    sources: SOURCES,
  });
}

const current = { state: 'current' } as const;

/** nginx mainline/stable (Debian and Alpine) and the 1.27 line. */
export const nginxImages: CatalogEntry[] = [
  nginx('nginx:mainline', ['nginx:latest', 'nginx:1', 'nginx:mainline-bookworm', 'nginx:mainline-trixie'], DEBIAN, current, 'Mainline branch on Debian (-slim base). `latest` and `1` point here.'),
  nginx('nginx:mainline-alpine', ['nginx:alpine', 'nginx:1-alpine'], ALPINE, current, 'Mainline branch on Alpine (musl, BusyBox sh, apk).'),
  nginx('nginx:stable', ['nginx:stable-bookworm', 'nginx:stable-trixie'], DEBIAN, current, 'Stable branch on Debian (-slim base).'),
  nginx('nginx:stable-alpine', [], ALPINE, current, 'Stable branch on Alpine.'),
  nginx('nginx:1.27', ['nginx:1.27-bookworm'], DEBIAN, { state: 'deprecated', note: '1.27 was the mainline line of 2024–2025; later mainline releases replaced it, so the tag no longer updates' }, 'The 1.27.x line (Debian bookworm-slim base).'),
  nginx('nginx:1.27-alpine', [], ALPINE, { state: 'deprecated', note: '1.27 was the mainline line of 2024–2025; the tag no longer updates' }, 'The 1.27.x line on Alpine.'),
];
