// Docker Official Images `rust` (rust-lang/docker-rust): full (buildpack-deps), -slim and -alpine.
// No ENTRYPOINT and no CMD of their own: the Cmd is inherited (["bash"] Debian, ["/bin/sh"] alpine).

import { ALPINE, BUILDPACK_DEPS, DEBIAN, DEFAULT_PATH, entry, withFiles, type CatalogEntry } from '../define.ts';

const GH = 'rust-lang/docker-rust@0090aa71';
const ENV = { RUSTUP_HOME: '/usr/local/rustup', CARGO_HOME: '/usr/local/cargo', PATH: `/usr/local/cargo/bin:${DEFAULT_PATH}`, RUST_VERSION: '1.90.0' };
const RUNTIME = { language: 'rust' as const, version: '1', kind: 'sdk' as const };
const BIN = ['/usr/local/cargo/bin/cargo', '/usr/local/cargo/bin/rustc', '/usr/local/cargo/bin/rustup'];
const NOTE =
  'The rust Dockerfiles set ENV (RUSTUP_HOME, CARGO_HOME, PATH with /usr/local/cargo/bin, RUST_VERSION) but no CMD, ENTRYPOINT or WORKDIR: the Cmd comes from the base image, root, WORKDIR /. A build image: copy the binary into debian:*-slim, distroless/cc (glibc + libgcc) or, for musl/static builds, distroless/static or scratch. Tags are rust:1.N.P, 1.N, 1 and latest; the catalog keeps one entry per variant for the whole 1.x series (RUST_VERSION 1.90.0 at the commit read; it floats).';

/** rust:1 (with 1.N aliases resolved by tag family), -slim and -alpine. */
export const rust: CatalogEntry[] = [
  entry({
    name: 'rust:1', aliases: ['rust:1-trixie', 'rust:1-bookworm'], cmd: ['bash'], env: ENV, ...DEBIAN,
    files: withFiles(DEBIAN, ...BIN, ...BUILDPACK_DEPS.files), role: 'build', runtime: RUNTIME, tools: ['cargo', 'rustc', 'rustup', ...BUILDPACK_DEPS.tools],
    notes: `${NOTE} Full variant: FROM buildpack-deps:<suite> (gcc, git, headers); Cmd ["bash"] inherited from debian.`,
    sources: [`${GH}: stable/trixie/Dockerfile (FROM buildpack-deps:trixie)`, `${GH}: stable/trixie/slim/Dockerfile (ENV block, no CMD)`],
  }),
  entry({
    name: 'rust:1-slim', aliases: ['rust:1-slim-trixie', 'rust:1-slim-bookworm'], cmd: ['bash'], env: ENV, ...DEBIAN,
    files: withFiles(DEBIAN, ...BIN, '/usr/bin/gcc'), role: 'build', runtime: RUNTIME, tools: ['cargo', 'rustc', 'rustup', 'gcc'],
    notes: `${NOTE} Slim: FROM debian:<suite>-slim plus ca-certificates, gcc, libc6-dev; Cmd ["bash"] inherited from debian.`,
    sources: [`${GH}: stable/trixie/slim/Dockerfile (FROM debian:trixie-slim; apt-get install ca-certificates gcc libc6-dev wget; RUST_VERSION=1.90.0; no CMD)`],
  }),
  entry({
    name: 'rust:1-alpine', cmd: ['/bin/sh'], env: ENV, ...ALPINE,
    files: withFiles(ALPINE, ...BIN, '/usr/bin/gcc'), role: 'build', runtime: RUNTIME, tools: ['cargo', 'rustc', 'rustup', 'gcc'],
    notes: `${NOTE} Alpine: FROM alpine:3.NN plus ca-certificates and gcc; the default host is x86_64-unknown-linux-musl (static-friendly); Cmd ["/bin/sh"] inherited from alpine.`,
    sources: [`${GH}: stable/alpine3.22/Dockerfile (FROM alpine:3.22; apk add ca-certificates gcc; rustup --default-host *-linux-musl; no CMD)`],
  }),
];
