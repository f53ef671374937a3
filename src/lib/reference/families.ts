// The families the base-image reference page groups the catalog into, each with a short intro.
// Intro claims are checked against /work/shared/seeds/ERRATA.md (11–15), /work/shared/data/base-images.md
// and the catalog's own sources; backticks mark code. Numbers the catalog holds are not repeated here.

import type { CatalogImage } from '../../engine/types.ts';

/** One family of images on the reference page. */
export interface FamilyDef {
  /** kebab-case id, also the section's anchor. */
  id: string;
  title: string;
  /** Intro paragraphs; text in backticks is shown as code. */
  intro: string[];
  /** Whether a catalog image belongs here (first matching family wins, in FAMILIES order). */
  match: (image: CatalogImage) => boolean;
}

const DISTROLESS = 'gcr.io/distroless/';
const repoOf = (name: string) => name.replace(/[:@].*$/, '');

/** Families in page order. Images no family matches go to a final "other" family (none today). */
export const FAMILIES: FamilyDef[] = [
  {
    id: 'scratch',
    title: 'scratch',
    intro: [
      '`scratch` is Docker’s reserved, empty image: `FROM scratch` adds no layer, and you cannot pull or run `scratch` by itself. There are no files at all: no shell, no libc, no CA certificates, no `/etc/passwd`, no `/tmp`, and no config (not even `PATH`).',
      'It suits a single fully static binary (Go built with `CGO_ENABLED=0`, Rust built for musl). Set `ENTRYPOINT` or `CMD` in exec form with an absolute path, copy in CA certificates if the program makes TLS calls, and give `USER` as a number (there is no `/etc/passwd` to look a name up in).',
    ],
    match: (i) => i.name === 'scratch',
  },
  {
    id: 'distroless-base',
    title: 'Distroless base images (static, base, base-nossl, cc)',
    intro: [
      'Google’s distroless images hold what a program needs at run time and leave out the shell and the package manager. They are not empty: they are assembled from Debian packages. `static` has CA certificates, tzdata, netbase and an `/etc/passwd`; `base-nossl` adds glibc; `base` adds glibc and OpenSSL; `cc` adds the GCC runtime libraries (libstdc++, libgcc) to `base`. Those packages get CVEs and security updates like any Debian package: fewer packages means fewer findings, not zero.',
      'None of these sets an `ENTRYPOINT` or `CMD`: your image must set one, in exec form, because there is no `/bin/sh`. `:latest` runs as root (uid 0) in `/`; `:nonroot` runs as uid 65532 in `/home/nonroot`; `:debug` adds BusyBox under `/busybox` and sets `ENTRYPOINT ["/busybox/sh"]`.',
      'Names move: since 2026-02-02 the unsuffixed names (`gcr.io/distroless/static`) mean `-debian13`. The `-debian12` base images were still built at the latest distroless snapshot the catalog read (2026-08-21); the project’s support policy gives Debian 12 an end of life in September 2026. The `-debian11` images stopped being built on 2024-09-03.',
    ],
    match: (i) => /^gcr\.io\/distroless\/(static|base|base-nossl|cc)-debian\d+[:@]/.test(i.name),
  },
  {
    id: 'distroless-language',
    title: 'Distroless language images (python3, java, nodejs)',
    intro: [
      'These add one language runtime to the distroless base: `python3`, `java17`/`java21`/`java25` (Eclipse Temurin; `java-base` has no JVM) and `nodejs22`/`24`/`26`. Their `ENTRYPOINT` is the interpreter itself, so `CMD` names only the script or jar: `CMD ["app.py"]`, not `CMD ["python3", "app.py"]` (that runs the interpreter twice). There is no pip and no npm, `/nodejs/bin` is not on `PATH`, and only the `:debug` tags have a shell (BusyBox). They keep the interpreter `ENTRYPOINT`, so `docker run --entrypoint=sh` gets you that shell.',
      'The unsuffixed names mean `-debian13` since 2026-02-02, so `gcr.io/distroless/python3` is now Python 3.13 (it was 3.11 on debian12 and 3.9 on debian11): packages built in a builder stage for another Python version will not load. Every `-debian12` language image has been removed: java and nodejs on 2026-02-27, `python3-debian12` on 2026-05-12. Like the base images, these still carry Debian packages that receive CVEs.',
    ],
    match: (i) => i.name.startsWith(DISTROLESS),
  },
  {
    id: 'official-language',
    title: 'Official language images (python, node, golang, eclipse-temurin, maven, rust)',
    intro: [
      'Docker Official Images with a full Linux userland: a shell and a package manager, on Debian (the default and `-slim` tags), Alpine (`-alpine`, musl libc) or Ubuntu (eclipse-temurin). The full `python`, `node`, `golang` and `rust` tags build on buildpack-deps and carry compilers, headers and git: good build stages, heavy to ship. `-slim` tags start from `debian:<suite>-slim` without that toolchain (`rust:1-slim` still has gcc, for linking); the size column shows the difference where a source gave one.',
      'Most run as root. `python` has no `ENTRYPOINT` and `CMD ["python3"]`; `node` runs `docker-entrypoint.sh`, which puts `node` in front of the arguments when the first one is an option or not a command (`CMD ["server.js"]` runs `node server.js`), and has a `node` user (uid 1000) that you must select with `USER node`; `golang` and `rust` set no `CMD` of their own and inherit the base image’s shell. `openjdk` is deprecated: use `eclipse-temurin` (a JRE tag to ship) or distroless java.',
    ],
    match: (i) => /^(python|node|golang|eclipse-temurin|openjdk|maven|rust)$/.test(repoOf(i.name)),
  },
  {
    id: 'os',
    title: 'OS images (debian, ubuntu, alpine, busybox)',
    intro: [
      'General-purpose userlands. Each runs a shell by default (`CMD ["bash"]`, `["/bin/bash"]`, `["/bin/sh"]` or `["sh"]`), as root, with no `WORKDIR`. Debian and Ubuntu use glibc and apt. Alpine uses musl libc, BusyBox ash as `/bin/sh` (no bash) and apk: binaries linked against glibc may not run on it. `busybox` has one BusyBox binary and no package manager.',
      'Alpine is small (about 3–4 MB compressed), and `distroless/static` is smaller still, but `distroless/base` and the distroless language images are larger than Alpine. The honest argument for distroless over Alpine is glibc compatibility and no shell or package manager, not size.',
    ],
    match: (i) => /^(debian|ubuntu|alpine|busybox)$/.test(repoOf(i.name)),
  },
  {
    id: 'nginx',
    title: 'nginx',
    intro: [
      'The official nginx image, on Debian or Alpine. `ENTRYPOINT ["/docker-entrypoint.sh"]` runs the scripts in `/docker-entrypoint.d/` when the command is `nginx` or `nginx-debug`, then `exec`s the command, so nginx becomes PID 1. `CMD ["nginx", "-g", "daemon off;"]` keeps it in the foreground, and `STOPSIGNAL SIGQUIT` makes `docker stop` a graceful shutdown. The master process runs as root; the workers run as user nginx (uid 101).',
    ],
    match: (i) => repoOf(i.name) === 'nginx',
  },
  {
    id: 'chainguard',
    title: 'Chainguard images',
    intro: [
      'Chainguard’s images (`cgr.dev/chainguard/*`) are built from Wolfi packages. The `:latest` tags of the runtime images have no package manager and run as uid 65532 by default; the `-dev` tags (not in this catalog) add a shell and apk. `go` is a build image and runs as root. Like distroless they hold fewer packages, not none, and those packages get CVEs and updates. `:latest` floats: the catalog records one snapshot (2026-08-22).',
    ],
    match: (i) => i.name.startsWith('cgr.dev/chainguard/'),
  },
];

/** The family for images no other family claims, so that none is ever left off the page. */
export const OTHER: FamilyDef = {
  id: 'other',
  title: 'Other images',
  intro: ['Images in the catalog that belong to none of the families above.'],
  match: () => true,
};
