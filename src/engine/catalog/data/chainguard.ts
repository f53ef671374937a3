// Chainguard images (cgr.dev/chainguard/*, Wolfi): :latest tags only (they float; -dev tags,
// which add a shell and apk, are not in the catalog). Facts from chainguard-images/images.

import { JSON_SOURCE, entry, type CatalogEntry } from '../define.ts';

const GH = 'chainguard-images/images@cd7edd23 (2026-08-22)';
const USERS = { root: 0, nonroot: 65532 };

/** Chainguard static, python, node and go (:latest). */
export const chainguard: CatalogEntry[] = [
  entry({
    name: 'cgr.dev/chainguard/static:latest', aliases: ['cgr.dev/chainguard/static'], user: '65532', role: 'minimal', users: USERS,
    files: ['/etc/passwd', '/etc/group', '/etc/ssl/certs/ca-certificates.crt'],
    notes: 'No Entrypoint and no Cmd; runs as nonroot 65532 by default (unlike distroless static:latest, root). Contents: wolfi-baselayout, ca-certificates-bundle, tzdata; no libc (use glibc-dynamic for dynamically linked binaries).',
    sources: [`${JSON_SOURCE}cgr.dev/chainguard/static:latest`, `${GH}: images/static/locked_config.json, images/static/README.md`],
  }),
  entry({
    name: 'cgr.dev/chainguard/python:latest', aliases: ['cgr.dev/chainguard/python'], entrypoint: ['/usr/bin/python'], user: '65532', libc: 'glibc', role: 'minimal',
    runtime: { language: 'python', version: '3.14' }, users: USERS, files: ['/usr/bin/python', '/etc/passwd'],
    notes: 'ENTRYPOINT is the interpreter (/usr/bin/python): CMD ["app.py"], as with distroless python3. No shell, no pip (the :latest-dev tag has them). Python 3.14 at the snapshot; :latest floats. WORKDIR not recorded in the source (left as /).',
    sources: [`${JSON_SOURCE}cgr.dev/chainguard/python:latest`, `${GH}: images/python/locked_config.json, images/python/README.md ("The entrypoint ... is /usr/bin/python")`],
  }),
  entry({
    name: 'cgr.dev/chainguard/node:latest', aliases: ['cgr.dev/chainguard/node'], entrypoint: ['/usr/bin/node'], cmd: ['--help'], workdir: '/app', user: '65532',
    env: { PATH: '/usr/sbin:/sbin:/usr/bin:/bin', NODE_PORT: '3000', NPM_CONFIG_UPDATE_NOTIFIER: 'false' }, libc: 'glibc', role: 'minimal', runtime: { language: 'node', version: 'latest' },
    tools: ['npm', 'dumb-init'], users: { root: 0, node: 65532 }, files: ['/usr/bin/node', '/usr/bin/dumb-init', '/etc/passwd', '/app'],
    notes: "ENTRYPOINT /usr/bin/node with default CMD [\"--help\"]: CMD [\"server.js\"]. WORKDIR /app, runs as user node = uid 65532 (the Docker official node image uses uid 1000 and runs as root). The source records the user as \"65532 (user 'node')\". npm is present; the package list includes busybox, but which applets (and whether /bin/sh exists) was not verified, so shell is recorded as none. Node major version floats with :latest (not recorded). dumb-init is installed (/usr/bin/dumb-init): Chainguard's example runs ENTRYPOINT [\"\"] + CMD [\"dumb-init\", \"node\", \"server.js\"]. Env PATH/NODE_PORT come from the image template.",
    sources: [`${JSON_SOURCE}cgr.dev/chainguard/node:latest`, `${GH}: images/node/locked_config.json, images/node/README.md`, 'chainguard-images/images@55cca85c: images/node/config/template.apko.yaml (packages nghttp2, dumb-init; work-dir /app; env NODE_PORT 3000, PATH, NPM_CONFIG_UPDATE_NOTIFIER; entrypoint /usr/bin/node; cmd --help; user node 65532)', 'chainguard-images/images@09216e93: images/node/example/Dockerfile'],
  }),
  entry({
    name: 'cgr.dev/chainguard/go:latest', aliases: ['cgr.dev/chainguard/go'], entrypoint: ['/usr/bin/go'], cmd: ['help'], user: '0',
    env: { GOTOOLCHAIN: 'local+auto', GODEBUG: 'tarinsecurepath=0,zipinsecurepath=0' },
    shell: 'bash', shellPath: '/bin/sh', packageManager: 'apk-wolfi', libc: 'glibc', role: 'build',
    runtime: { language: 'go', version: 'latest', kind: 'sdk' }, tools: ['go', 'gcc', 'git'], users: { root: 0 },
    files: ['/usr/bin/go', '/bin/sh', '/bin/bash'],
    notes: 'Build image: ENTRYPOINT ["/usr/bin/go"], CMD ["help"], so `RUN go build` works but the default run prints help; runs as root. Includes build-base and git. Shell and apk presence come from the package list (bash/busybox); whether apk is usable in :latest was not verified.',
    sources: [`${JSON_SOURCE}cgr.dev/chainguard/go:latest`, `${GH}: images/go/locked_config.json, images/go/README.md`],
  }),
];
