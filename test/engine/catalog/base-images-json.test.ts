// The catalog keeps the facts of /work/shared/data/base-images.json: every entry derived from it
// (sources contain "shared/data/base-images.json#<name>") has the same Entrypoint, Cmd,
// WorkingDir and User, and every JSON entry is covered.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listImages } from '../../../src/engine/catalog/index.ts';

interface Fact {
  name: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  workdir: string | null;
  user: string | null;
  status?: string;
}

const SHARED = resolve(import.meta.dirname, '../../../../shared/data/base-images.json');
const FIXTURE = resolve(import.meta.dirname, 'base-images.facts.json');
const MARK = 'shared/data/base-images.json#';

const extract = (raw: Array<Fact & Record<string, unknown>>): Fact[] =>
  raw.map((e) => ({ name: e.name, entrypoint: e.entrypoint, cmd: e.cmd, workdir: e.workdir, user: e.user, ...(e.status ? { status: e.status } : {}) }));

// The shared data lives next to the repository on the team's machines; the committed fixture is
// a copy of its config facts so the test also runs where ../shared is absent.
const facts: Fact[] = existsSync(SHARED) ? extract(JSON.parse(readFileSync(SHARED, 'utf8'))) : JSON.parse(readFileSync(FIXTURE, 'utf8')).images;
const byName = new Map(facts.map((f) => [f.name, f]));

/** JSON entries the catalog deliberately does not mirror, with the reason. */
const NOT_MIRRORED: Record<string, string> = {
  'openjdk (any tag, e.g. openjdk:17-jdk-slim, openjdk:11)': 'a generic note with Entrypoint/Cmd left unverified (null); the catalog has openjdk:17-jdk(-slim) read from docker-library/openjdk',
};

const derived = listImages().flatMap((image) =>
  image.sources.filter((s) => s.startsWith(MARK)).map((s) => ({ image, jsonName: s.slice(MARK.length) })),
);

describe('catalog entries derived from base-images.json', () => {
  it('the committed fixture matches the shared data when it is present', () => {
    const fixture: Fact[] = JSON.parse(readFileSync(FIXTURE, 'utf8')).images;
    expect(fixture).toEqual(facts);
  });

  it('there are many of them', () => {
    expect(derived.length).toBeGreaterThan(100);
  });

  it.each(derived.map((d) => [d.image.name, d.jsonName, d] as const))('%s keeps the facts of %s', (_name, jsonName, { image }) => {
    const fact = byName.get(jsonName);
    expect(fact, `no base-images.json entry named ${jsonName}`).toBeDefined();
    // Default argv is Entrypoint + Cmd; both parts must match, not just their concatenation.
    expect(image.entrypoint).toEqual(fact!.entrypoint);
    expect(image.cmd).toEqual(fact!.cmd);
    expect([...(image.entrypoint ?? []), ...(image.cmd ?? [])]).toEqual([...(fact!.entrypoint ?? []), ...(fact!.cmd ?? [])]);
    expect(image.workdir).toBe(fact!.workdir ?? '/');
    // base-images.json writes one user with a comment: "65532 (user 'node')".
    expect(image.user).toBe((fact!.user ?? '').replace(/\s*\(.*\)$/, ''));
    if (fact!.status) expect(image.status.state).toBe(fact!.status);
  });

  it('every base-images.json entry is mirrored by a catalog entry (or explained)', () => {
    const covered = new Set(derived.map((d) => d.jsonName));
    const missing = facts.map((f) => f.name).filter((n) => !covered.has(n) && !(n in NOT_MIRRORED));
    expect(missing).toEqual([]);
  });
});
