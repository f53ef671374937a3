// The catalog covers the families the course needs, with the facts lessons rely on.

import { describe, expect, it } from 'vitest';
import { isDistroless, listImages, lookupImage } from '../../../src/engine/catalog/index.ts';
import type { CatalogImage } from '../../../src/engine/types.ts';

const images = listImages();
const get = (name: string): CatalogImage => {
  const image = images.find((i) => i.name === name);
  if (!image) throw new Error(`catalog has no ${name}`);
  return image;
};
const TAGS = ['latest', 'nonroot', 'debug', 'debug-nonroot'] as const;

describe('required families are present', () => {
  it.each([
    'scratch',
    ...['static', 'base', 'base-nossl', 'cc', 'python3', 'java-base', 'java17', 'java21', 'java25', 'nodejs22', 'nodejs24', 'nodejs26'].flatMap((i) => TAGS.map((t) => `gcr.io/distroless/${i}-debian13:${t}`)),
    ...['static', 'base', 'base-nossl', 'cc', 'python3', 'java17', 'java21', 'nodejs20', 'nodejs22'].flatMap((i) => TAGS.map((t) => `gcr.io/distroless/${i}-debian12:${t}`)),
    'gcr.io/distroless/python3-debian11:latest', 'gcr.io/distroless/base-debian11:latest',
    ...['3.11', '3.12', '3.13', '3.14'].flatMap((v) => [`python:${v}`, `python:${v}-slim`, `python:${v}-alpine`]),
    ...['1.22', '1.23', '1.24', '1.25'].flatMap((v) => [`golang:${v}`, `golang:${v}-alpine`]),
    ...['18', '20', '22', '24'].flatMap((v) => [`node:${v}`, `node:${v}-slim`, `node:${v}-alpine`]),
    ...['17', '21', '25'].flatMap((v) => [`eclipse-temurin:${v}-jre`, `eclipse-temurin:${v}-jdk`, `eclipse-temurin:${v}-jre-alpine`, `eclipse-temurin:${v}-jdk-alpine`]),
    'maven:3.9-eclipse-temurin-21', 'maven:3.9-eclipse-temurin-17',
    'rust:1', 'rust:1-slim', 'rust:1-alpine',
    'ubuntu:22.04', 'ubuntu:24.04',
    'debian:bookworm', 'debian:bookworm-slim', 'debian:trixie', 'debian:trixie-slim',
    'alpine:3.19', 'alpine:3.20', 'alpine:3.21', 'alpine:3.22',
    'busybox:uclibc', 'busybox:glibc', 'busybox:musl',
    'nginx:mainline', 'nginx:stable', 'nginx:mainline-alpine', 'nginx:stable-alpine', 'nginx:1.27',
    'openjdk:17-jdk-slim',
    'cgr.dev/chainguard/static:latest', 'cgr.dev/chainguard/python:latest', 'cgr.dev/chainguard/node:latest', 'cgr.dev/chainguard/go:latest',
  ])('%s', (name) => {
    expect(get(name).name).toBe(name);
  });

  it.each([
    ['python:3.12-bookworm', 'python:3.12'], ['python:3.13-trixie', 'python:3.13'], ['python:3.14-slim-trixie', 'python:3.14-slim'],
    ['python:3.11-slim-bookworm', 'python:3.11-slim'], ['golang:1.24-bookworm', 'golang:1.24'], ['node:22-bookworm-slim', 'node:22-slim'],
    ['ubuntu:jammy', 'ubuntu:22.04'], ['debian:12-slim', 'debian:bookworm-slim'], ['nginx:alpine', 'nginx:mainline-alpine'],
    ['busybox:latest', 'busybox:uclibc'], ['eclipse-temurin:21', 'eclipse-temurin:21-jdk'], ['busybox', 'busybox:uclibc'],
  ])('alias %s is %s', (ref, name) => {
    const l = lookupImage(ref);
    expect(l.image?.name).toBe(name);
    expect(l.note).toBeUndefined();
  });
});

describe('distroless facts', () => {
  it('python3 runs the interpreter as ENTRYPOINT: 3.13 on debian13, 3.11 on debian12, 3.9 on debian11', () => {
    expect(get('gcr.io/distroless/python3-debian13:latest').entrypoint).toEqual(['/usr/bin/python3.13']);
    expect(get('gcr.io/distroless/python3-debian12:latest').entrypoint).toEqual(['/usr/bin/python3.11']);
    expect(get('gcr.io/distroless/python3-debian11:latest').entrypoint).toEqual(['/usr/bin/python3.9']);
  });

  it.each(TAGS)('java and nodejs keep their interpreter ENTRYPOINT in :%s', (tag) => {
    expect(get(`gcr.io/distroless/java21-debian13:${tag}`).entrypoint).toEqual(['/usr/bin/java', '-jar']);
    expect(get(`gcr.io/distroless/nodejs22-debian13:${tag}`).entrypoint).toEqual(['/nodejs/bin/node']);
    expect(get(`gcr.io/distroless/python3-debian13:${tag}`).entrypoint).toEqual(['/usr/bin/python3.13']);
  });

  it('static/base/cc have no command, and their :debug tags run /busybox/sh', () => {
    for (const i of ['static', 'base', 'base-nossl', 'cc', 'java-base']) {
      for (const t of ['latest', 'nonroot']) expect(get(`gcr.io/distroless/${i}-debian13:${t}`)).toMatchObject({ entrypoint: null, cmd: null, shell: 'none', shellPath: null });
      for (const t of ['debug', 'debug-nonroot']) expect(get(`gcr.io/distroless/${i}-debian13:${t}`)).toMatchObject({ entrypoint: ['/busybox/sh'], cmd: null, shell: 'busybox', shellPath: '/busybox/sh' });
    }
  });

  it('no distroless image sets a Cmd; nonroot tags run as 65532 in /home/nonroot, the others as 0 in /', () => {
    const all = images.filter((i) => i.name.startsWith('gcr.io/distroless/'));
    expect(all.length).toBeGreaterThan(90);
    for (const i of all) {
      expect(i.cmd).toBeNull();
      const nonroot = i.name.endsWith('nonroot');
      expect([i.user, i.workdir]).toEqual(nonroot ? ['65532', '/home/nonroot'] : ['0', '/']);
      expect(i.users).toEqual({ root: 0, nobody: 65534, nonroot: 65532 });
      expect(i.packageManager).toBe('none');
      expect(isDistroless(i)).toBe(true);
    }
  });

  it('nodejs images have no npm and node is not on PATH', () => {
    const n = get('gcr.io/distroless/nodejs24-debian13:latest');
    expect(n.files).toContain('/nodejs/bin/node');
    expect(n.tools).not.toContain('npm');
    expect(n.env.PATH!.split(':')).not.toContain('/nodejs/bin');
  });

  it('debug tags append /busybox to PATH', () => {
    expect(get('gcr.io/distroless/static-debian13:debug').env.PATH).toMatch(/:\/busybox$/);
    expect(get('gcr.io/distroless/static-debian13:latest').env.PATH).not.toMatch(/busybox/);
  });
});

describe('statuses of retired distroless images', () => {
  it.each([
    ['gcr.io/distroless/python3-debian12', '2026-05-12'],
    ['gcr.io/distroless/java17-debian12', '2026-02-27'],
    ['gcr.io/distroless/java21-debian12', '2026-02-27'],
    ['gcr.io/distroless/java-base-debian12', '2026-02-27'],
    ['gcr.io/distroless/nodejs20-debian12', '2026-02-27'],
    ['gcr.io/distroless/nodejs22-debian12', '2026-02-27'],
    ['gcr.io/distroless/nodejs24-debian12', '2026-02-27'],
    ['gcr.io/distroless/python3-debian11', '2024-09-03'],
    ['gcr.io/distroless/base-debian11', '2024-09-03'],
    ['gcr.io/distroless/static-debian11', '2024-09-03'],
  ])('%s (all tags) removed since %s', (repo, since) => {
    for (const t of TAGS) expect(get(`${repo}:${t}`).status).toMatchObject({ state: 'removed', since });
  });

  it('debian13 images and the debian12 static/base/cc are current', () => {
    for (const i of ['static', 'base', 'base-nossl', 'cc']) expect(get(`gcr.io/distroless/${i}-debian12:latest`).status.state).toBe('current');
    for (const i of images.filter((x) => x.name.includes('-debian13'))) expect(i.status.state).toBe('current');
  });
});

describe('official images', () => {
  it('python has no ENTRYPOINT and CMD ["python3"], root, WORKDIR /', () => {
    for (const i of images.filter((x) => x.name.startsWith('python:'))) expect(i).toMatchObject({ entrypoint: null, cmd: ['python3'], user: '', workdir: '/' });
  });

  it('node runs docker-entrypoint.sh with CMD ["node"] and has a node user (uid 1000)', () => {
    for (const i of images.filter((x) => x.name.startsWith('node:'))) {
      expect(i).toMatchObject({ entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], entrypointScript: 'node-docker-entrypoint', user: '' });
      expect(i.users.node).toBe(1000);
      expect(i.files).toContain('/usr/local/bin/docker-entrypoint.sh');
    }
  });

  it('golang inherits bash (Debian) or /bin/sh (alpine) and works in /go', () => {
    for (const i of images.filter((x) => x.name.startsWith('golang:'))) {
      expect(i.entrypoint).toBeNull();
      expect(i.cmd).toEqual(i.name.endsWith('-alpine') ? ['/bin/sh'] : ['bash']);
      expect(i.workdir).toBe('/go');
    }
  });

  it('eclipse-temurin: /__cacert_entrypoint.sh, no Cmd for JREs, jshell for JDKs', () => {
    for (const i of images.filter((x) => x.name.startsWith('eclipse-temurin:'))) {
      expect(i.entrypoint).toEqual(['/__cacert_entrypoint.sh']);
      expect(i.entrypointScript).toBe('exec-args');
      expect(i.cmd).toEqual(i.name.includes('-jdk') ? ['jshell'] : null);
    }
  });

  it('maven runs mvn-entrypoint.sh with CMD ["mvn"]', () => {
    expect(get('maven:3.9-eclipse-temurin-21')).toMatchObject({ entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], cmd: ['mvn'], entrypointScript: 'exec-args' });
  });

  it('nginx: /docker-entrypoint.sh, CMD nginx -g "daemon off;", STOPSIGNAL SIGQUIT', () => {
    for (const i of images.filter((x) => x.name.startsWith('nginx:')))
      expect(i).toMatchObject({ entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], stopSignal: 'SIGQUIT', entrypointScript: 'nginx-docker-entrypoint', users: { nginx: 101 } });
  });

  it('OS images set only a shell Cmd', () => {
    expect(get('alpine:3.22')).toMatchObject({ entrypoint: null, cmd: ['/bin/sh'], shell: 'busybox', shellPath: '/bin/sh', libc: 'musl' });
    expect(get('ubuntu:24.04')).toMatchObject({ entrypoint: null, cmd: ['/bin/bash'], shell: 'bash', users: { ubuntu: 1000 } });
    expect(get('ubuntu:22.04').users.ubuntu).toBeUndefined();
    expect(get('debian:bookworm')).toMatchObject({ entrypoint: [], cmd: ['bash'] });
    expect(get('busybox:glibc')).toMatchObject({ entrypoint: null, cmd: ['sh'], shell: 'busybox' });
    expect(get('scratch')).toMatchObject({ entrypoint: null, cmd: null, shell: 'none', users: {}, files: [], env: {} });
  });

  it('openjdk is deprecated', () => {
    expect(get('openjdk:17-jdk-slim').status.state).toBe('deprecated');
  });
});

describe('consistency of every entry', () => {
  it.each(images.map((i) => [i.name, i] as const))('%s', (_n, i) => {
    if (i.shell === 'none') expect(i.shellPath).toBeNull();
    else expect(i.files).toContain(i.shellPath);
    // An absolute ENTRYPOINT program must be a known file of the image.
    const argv0 = i.entrypoint?.[0] ?? i.cmd?.[0];
    if (argv0?.startsWith('/')) expect(i.files).toContain(argv0);
    // A numeric USER is a known uid, except where /etc/passwd is absent.
    if (/^\d+$/.test(i.user) && Object.keys(i.users).length) expect(Object.values(i.users)).toContain(Number(i.user));
    if (i.status.state !== 'current') expect(i.status.note ?? '').not.toBe('');
    expect(i.sources.length).toBeGreaterThan(0);
    if (i.role === 'empty' || i.libc === 'none') expect(i.tools.filter((t) => ['gcc', 'javac'].includes(t))).toEqual([]);
  });
});
