// Lookup normalizations: Docker Hub prefixes, digests, platforms, case, tag families, unknowns.

import { describe, expect, it } from 'vitest';
import { listImages, lookupImage } from '../../../src/engine/catalog/index.ts';

const name = (ref: string) => lookupImage(ref).image?.name ?? null;

describe('lookupImage: reference normalization', () => {
  it.each([
    ['python:3.12', 'python:3.12'],
    ['docker.io/python:3.12', 'python:3.12'],
    ['docker.io/library/python:3.12', 'python:3.12'],
    ['library/python:3.12', 'python:3.12'],
    ['index.docker.io/library/python:3.12', 'python:3.12'],
    ['Python:3.12-SLIM', 'python:3.12-slim'],
    ['--platform=linux/amd64 node:22', 'node:22'],
    ['--platform=$BUILDPLATFORM golang:1.23', 'golang:1.23'],
  ])('%s → %s', (ref, expected) => {
    const l = lookupImage(ref);
    expect(l.image?.name).toBe(expected);
    expect(l.normalized).toBe(expected);
    expect(l.ref).toBe(ref);
    expect(l.note).toBeUndefined();
  });

  it('a missing tag means latest', () => {
    expect(lookupImage('gcr.io/distroless/static-debian13').normalized).toBe('gcr.io/distroless/static-debian13:latest');
    expect(name('gcr.io/distroless/static-debian13')).toBe('gcr.io/distroless/static-debian13:latest');
  });

  it('keeps the tag of a tag@digest reference and says the digest is not checked', () => {
    const l = lookupImage('python:3.12-slim@sha256:032c52613401895aa3d418a4c563d2d05f993bc3ecc065c8f4e2280978acd249');
    expect(l.image?.name).toBe('python:3.12-slim');
    expect(l.normalized).toBe('python:3.12-slim');
    expect(l.note).toMatch(/digest/i);
  });

  it('maps a bare digest of a known repository to its default tag, with a note', () => {
    const l = lookupImage('gcr.io/distroless/static-debian13@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
    expect(l.image?.name).toBe('gcr.io/distroless/static-debian13:latest');
    expect(l.note).toMatch(/digest only/i);
  });

  it('does not mistake a registry port for a tag', () => {
    const l = lookupImage('localhost:5000/python:3.12');
    expect(l.normalized).toBe('localhost:5000/python:3.12');
    expect(l.image).toBeNull();
  });
});

describe('lookupImage: distroless names', () => {
  it.each([
    ['gcr.io/distroless/python3', 'gcr.io/distroless/python3-debian13:latest'],
    ['gcr.io/distroless/python3:latest', 'gcr.io/distroless/python3-debian13:latest'],
    ['gcr.io/distroless/static:nonroot', 'gcr.io/distroless/static-debian13:nonroot'],
    ['gcr.io/distroless/java21:debug', 'gcr.io/distroless/java21-debian13:debug'],
    ['gcr.io/distroless/nodejs22:debug-nonroot', 'gcr.io/distroless/nodejs22-debian13:debug-nonroot'],
    ['gcr.io/distroless/base', 'gcr.io/distroless/base-debian13:latest'],
    ['gcr.io/distroless/cc-debian12:nonroot', 'gcr.io/distroless/cc-debian12:nonroot'],
    ['gcr.io/distroless/python3-debian12:debug', 'gcr.io/distroless/python3-debian12:debug'],
  ])('%s → %s (exact, no note)', (ref, expected) => {
    const l = lookupImage(ref);
    expect(l.image?.name).toBe(expected);
    expect(l.note).toBeUndefined();
  });

  it('an architecture-suffixed distroless tag maps to the tag, with a note', () => {
    const l = lookupImage('gcr.io/distroless/static-debian13:nonroot-arm64');
    expect(l.image?.name).toBe('gcr.io/distroless/static-debian13:nonroot');
    expect(l.note).toBeTruthy();
  });

  it('unsuffixed nodejs20 (never built for debian13 in the catalog) falls back to debian12, with a note', () => {
    const l = lookupImage('gcr.io/distroless/nodejs20:nonroot');
    expect(l.image?.name).toBe('gcr.io/distroless/nodejs20-debian12:nonroot');
    expect(l.image?.status.state).toBe('removed');
    expect(l.note).toMatch(/debian12/);
  });

  it('an unknown distroless image or distro is not found', () => {
    expect(lookupImage('gcr.io/distroless/ruby').image).toBeNull();
    expect(lookupImage('gcr.io/distroless/python3-debian10').image).toBeNull();
  });
});

describe('lookupImage: tag families', () => {
  it.each([
    ['python:3.12.7-slim-bookworm', 'python:3.12-slim'],
    ['python:3.12.7', 'python:3.12'],
    ['python:3.13-slim-bullseye', 'python:3.13-slim'],
    ['python:3.11-alpine3.20', 'python:3.11-alpine'],
    ['golang:1.23.4-alpine3.20', 'golang:1.23-alpine'],
    ['golang:1.25.1-trixie', 'golang:1.25'],
    ['node:22.11.0-bookworm-slim', 'node:22-slim'],
    ['node:20.18.1-alpine3.20', 'node:20-alpine'],
    ['alpine:3.20.0', 'alpine:3.20'],
    ['debian:bookworm-20241202-slim', 'debian:bookworm-slim'],
    ['debian:12.7', 'debian:bookworm'],
    ['ubuntu:noble-20240904', 'ubuntu:24.04'],
    ['eclipse-temurin:21.0.5_11-jre-alpine', 'eclipse-temurin:21-jre-alpine'],
    ['eclipse-temurin:17-jre-alpine-3.21', 'eclipse-temurin:17-jre-alpine'],
    ['eclipse-temurin:25-jdk-resolute', 'eclipse-temurin:25-jdk'],
    ['maven:3.9.9-eclipse-temurin-21', 'maven:3.9-eclipse-temurin-21'],
    ['maven:3.9.6-eclipse-temurin-17-focal', 'maven:3.9-eclipse-temurin-17'],
    ['rust:1.83.0-slim-bookworm', 'rust:1-slim'],
    ['rust:1.88-alpine3.21', 'rust:1-alpine'],
    ['nginx:1.27.3-alpine', 'nginx:1.27-alpine'],
    ['nginx:stable-alpine3.21', 'nginx:stable-alpine'],
    ['busybox:1.36.1-musl', 'busybox:musl'],
  ])('%s → %s, with a note', (ref, expected) => {
    const l = lookupImage(ref);
    expect(l.image?.name).toBe(expected);
    expect(l.normalized).toBe(ref);
    expect(l.note).toContain(expected);
  });

  it.each([
    ['node:lts', /^node:\d+$/],
    ['node:latest', /^node:\d+$/],
    ['node:lts-alpine', /^node:\d+-alpine$/],
    ['node:current-slim', /^node:\d+-slim$/],
    ['python:3', /^python:3\.\d+$/],
    ['python:latest', /^python:3\.\d+$/],
    ['python:3-slim', /^python:3\.\d+-slim$/],
    ['python:slim-bookworm', /^python:3\.\d+-slim$/],
    ['golang:alpine', /^golang:1\.\d+-alpine$/],
    ['golang:bookworm', /^golang:1\.\d+$/],
    ['alpine', /^alpine:3\.\d+$/],
    ['debian:latest', /^debian:[a-z]+$/],
    ['rust:slim', /^rust:1-slim$/],
  ])('floating %s → a current entry, with a note', (ref, pattern) => {
    const l = lookupImage(ref);
    expect(l.image?.name).toMatch(pattern);
    expect(l.image?.status.state).toBe('current');
    expect(l.note).toMatch(/floating/);
  });

  it('node LTS code-name tags (jod-alpine, krypton-slim) are their major lines', () => {
    expect(lookupImage('node:jod-alpine').image!.name).toBe('node:22-alpine');
    expect(lookupImage('node:krypton-slim').image!.name).toBe('node:24-slim');
    expect(lookupImage('node:iron').image!.runtime!.version).toBe('20');
  });

  it('node:lts is an even (LTS) major and python:3 is the newest 3.x line', () => {
    const lts = Number(lookupImage('node:lts').image!.runtime!.version);
    expect(lts % 2).toBe(0);
    const versions = listImages().filter((i) => /^python:3\.\d+$/.test(i.name)).map((i) => Number(i.runtime!.version.split('.')[1]));
    expect(lookupImage('python:3').image!.runtime!.version).toBe(`3.${Math.max(...versions)}`);
  });
});

describe('lookupImage: unknown references', () => {
  it.each(['mycorp/app:1.0', 'ruby:3.3', 'debian:bullseye', 'debian:buster-slim', 'ubuntu:focal', 'ubuntu:20.04', 'eclipse-temurin:21-jre-ubi9-minimal', 'node:22-bullseye-core', 'ghcr.io/acme/tool', 'python:2.7', 'node:16', 'golang:1.21', 'python:3.12-windowsservercore', 'registry.example.com:5000/python:3.12', 'python:${PY_VERSION}-slim', '', '   ', '--platform=linux/amd64', 'a@b@c', ':::'])('%j → image null, no crash', (ref) => {
    const l = lookupImage(ref);
    expect(l.image).toBeNull();
    expect(l.ref).toBe(ref);
  });
});

describe('lookupImage: speed', () => {
  it('answers 20,000 mixed lookups quickly (index built once)', () => {
    const refs = ['python:3.12-slim', 'golang:1.23.4-alpine3.20', 'gcr.io/distroless/static:nonroot', 'mycorp/app:1.0', 'node:lts', 'docker.io/library/alpine:3.20.3@sha256:abc'];
    const start = performance.now();
    for (let i = 0; i < 20_000; i++) lookupImage(refs[i % refs.length]!);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
