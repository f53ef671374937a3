// Small helpers that keep the catalog data short: defaults for an entry and the userlands
// (shell, package manager, libc, users, files) shared by many images.

import type { CatalogImage } from '../types.ts';

/**
 * A catalog image plus two optional config facts the engine's ImageConfig also tracks.
 * (Not yet in `CatalogImage` in types.ts; structurally a CatalogEntry is a CatalogImage.)
 */
export type CatalogEntry = CatalogImage & {
  /** STOPSIGNAL recorded in the image config (nginx: SIGQUIT). Absent when unset. */
  stopSignal?: string;
  /** EXPOSE ports recorded in the image config, e.g. `80/tcp`. */
  expose?: string[];
};

/** Marks an entry whose config facts come from /work/shared/data/base-images.json (tests compare them). */
export const JSON_SOURCE = 'shared/data/base-images.json#';

/** Docker's default PATH, also what debian/ubuntu/alpine images record. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** What a Linux userland brings: shell, package manager, libc, users and files. */
export type Userland = Pick<CatalogImage, 'shell' | 'shellPath' | 'packageManager' | 'libc' | 'users' | 'files'>;

/**
 * Debian/Ubuntu userland: bash plus dash as /bin/sh, apt, glibc. Users are a subset of base-passwd
 * (root, daemon, bin, sys, www-data, nobody), present in every Debian and Ubuntu image.
 */
export const DEBIAN: Userland = {
  shell: 'bash',
  shellPath: '/bin/sh',
  packageManager: 'apt',
  libc: 'glibc',
  users: { root: 0, daemon: 1, bin: 2, sys: 3, 'www-data': 33, nobody: 65534 },
  files: ['/bin/sh', '/bin/bash', '/usr/bin/env', '/usr/bin/apt-get', '/etc/passwd', '/etc/group', '/tmp'],
};

/** Alpine userland: BusyBox ash at /bin/sh (no bash), apk, musl. Users: a subset of alpine-baselayout. */
export const ALPINE: Userland = {
  shell: 'busybox',
  shellPath: '/bin/sh',
  packageManager: 'apk',
  libc: 'musl',
  users: { root: 0, bin: 1, daemon: 2, nobody: 65534 },
  files: ['/bin/sh', '/bin/busybox', '/usr/bin/env', '/usr/bin/wget', '/sbin/apk', '/etc/passwd', '/etc/group', '/tmp'],
};

/** Ubuntu 24.04+ also ships an `ubuntu` user with uid 1000 (see ubuntu entries for the source). */
export const UBUNTU_NOBLE: Userland = { ...DEBIAN, users: { ...DEBIAN.users, ubuntu: 1000 } };

/**
 * What the full (non-slim) official images get from buildpack-deps:<suite> (curl → scm → full):
 * curl, wget, git, gcc, g++, make and the common -dev headers.
 */
export const BUILDPACK_DEPS = {
  tools: ['curl', 'wget', 'git', 'gcc', 'g++', 'make'],
  files: ['/usr/bin/curl', '/usr/bin/wget', '/usr/bin/git', '/usr/bin/gcc', '/usr/bin/g++', '/usr/bin/make'],
};

/** Nothing at all (scratch and fully static images). */
export const EMPTY: Userland = { shell: 'none', shellPath: null, packageManager: 'none', libc: 'none', users: {}, files: [] };

type Required = Pick<CatalogEntry, 'name' | 'role' | 'sources'>;

/** Build an entry, filling unset fields with the "nothing recorded" defaults of an image config. */
export function entry(e: Required & Partial<CatalogEntry>): CatalogEntry {
  return {
    aliases: [],
    entrypoint: null,
    cmd: null,
    workdir: '/',
    user: '',
    env: {},
    ...EMPTY,
    runtime: null,
    tools: [],
    entrypointScript: null,
    status: { state: 'current' },
    size: { compressedMB: null, uncompressedMB: null },
    notes: '',
    ...e,
  };
}

/** Merge userland files with image-specific files, without duplicates. */
export function withFiles(land: Userland, ...files: string[]): string[] {
  return [...new Set([...land.files, ...files])];
}

/** Shorthand for the size field; pass null for facts no source gave (never estimate). */
export function size(compressedMB: number | null, uncompressedMB: number | null): CatalogImage['size'] {
  return { compressedMB, uncompressedMB };
}

/** Freeze an entry and everything in it: catalog images are shared by every lookup. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
