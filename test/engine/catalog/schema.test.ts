// The catalog data validates against the zod schema, and a broken entry is reported by image and field.

import { describe, expect, it } from 'vitest';
import { listImages } from '../../../src/engine/catalog/index.ts';
import { catalogImageSchema, validateCatalog } from '../../../src/engine/catalog/schema.ts';

describe('catalog schema', () => {
  it('every catalog image validates, and names/aliases are unique', () => {
    expect(validateCatalog(listImages())).toEqual([]);
  });

  it('names the image and the field of an invalid entry', () => {
    const good = listImages().find((i) => i.name === 'python:3.12-slim')!;
    const bad = { ...good, name: 'broken:1', shell: 'zsh', users: { root: -1 }, files: ['relative/path'] };
    const issues = validateCatalog([bad]);
    expect(issues.map((i) => `${i.image} ${i.field}`)).toEqual(
      expect.arrayContaining(['broken:1 shell', 'broken:1 users.root', 'broken:1 files.0']),
    );
  });

  it('reports duplicate names or aliases', () => {
    const [a] = listImages();
    const issues = validateCatalog([a, { ...a!, name: 'other:1', aliases: [a!.name] }]);
    expect(issues).toEqual([expect.objectContaining({ image: 'other:1', field: 'aliases' })]);
  });

  it('rejects unknown fields (the schema is strict)', () => {
    const [a] = listImages();
    expect(catalogImageSchema.safeParse({ ...a, shellKind: 'sh' }).success).toBe(false);
  });

  it('requires a source for every image', () => {
    const [a] = listImages();
    const issues = validateCatalog([{ ...a!, sources: [] }]);
    expect(issues).toEqual([expect.objectContaining({ field: 'sources' })]);
  });
});

describe('catalog immutability', () => {
  it('images are frozen, so one lookup cannot change what the next one sees', () => {
    const img = listImages().find((i) => i.name === 'python:3.12')!;
    expect(Object.isFrozen(img)).toBe(true);
    expect(() => (img.cmd as string[]).push('x')).toThrow();
    expect(() => { (img.env as Record<string, string>).PATH = '/nope'; }).toThrow();
  });
});
