// Lookup normalizations: Docker Hub prefixes, digests, platforms, case, tag families, unknowns.

import { describe, expect, it } from 'vitest';
import { lookupImage } from '../../../src/engine/catalog/index.ts';

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
