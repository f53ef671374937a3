// The base-image reference page's data model (src/lib/reference): every catalog image appears exactly
// once, removed images are never shown as current, facts are the catalog's own (no invented sizes),
// sources link only to GitHub, and the "docker run" lines come from the engine for every image.
import { describe, expect, it } from 'vitest';
import { listImages } from '../../src/engine/catalog/index.ts';
import { groupImages, toRow } from '../../src/lib/reference/group.ts';
import { inlineCode } from '../../src/lib/reference/inline-code.ts';
import { runLines } from '../../src/lib/reference/runs.ts';
import { sourceParts } from '../../src/lib/reference/sources.ts';

const images = listImages();
const families = groupImages(images);
const rows = families.flatMap((f) => [...f.current, ...f.removed]);

describe('reference page grouping', () => {
  it('shows every catalog image exactly once', () => {
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(images.map((i) => i.name).sort());
  });

  it('puts every image in a named family (none falls through to "other")', () => {
    const other = families.find((f) => f.id === 'other');
    expect(other?.current.map((r) => r.name) ?? [], 'add a family in src/lib/reference/families.ts').toEqual([]);
    expect(families.map((f) => f.id)).toEqual(['scratch', 'distroless-base', 'distroless-language', 'official-language', 'os', 'nginx', 'chainguard']);
  });

  it('never presents a removed image as current', () => {
    const removed = new Set(images.filter((i) => i.status.state === 'removed').map((i) => i.name));
    expect(removed.size).toBeGreaterThan(0);
    for (const f of families) {
      for (const r of f.current) {
        expect(removed.has(r.name), r.name).toBe(false);
        expect(r.statusLabel).not.toMatch(/removed/);
      }
      for (const r of f.removed) {
        expect(removed.has(r.name), r.name).toBe(true);
        expect(r.state).toBe('removed');
        expect(r.statusLabel).toMatch(/^removed( \d{4}-\d{2}-\d{2})?$/);
      }
    }
    expect(rows.find((r) => r.name === 'gcr.io/distroless/python3-debian12:latest')?.statusLabel).toBe('removed 2026-05-12');
    // The current-table model and the image list handed to the runs lines agree.
    for (const f of families) expect(f.images.map((i) => i.name)).toEqual(f.current.map((r) => r.name));
  });

  it('keeps the catalog order inside a family and splits distroless base from language images', () => {
    const byId = Object.fromEntries(families.map((f) => [f.id, f]));
    expect(byId['distroless-base']!.current.every((r) => /\/(static|base|base-nossl|cc)-debian/.test(r.name))).toBe(true);
    expect(byId['distroless-language']!.current.some((r) => r.name.startsWith('gcr.io/distroless/python3-debian13'))).toBe(true);
    const order = images.map((i) => i.name);
    for (const f of families) {
      const idx = f.current.map((r) => order.indexOf(r.name));
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
    }
  });
});

describe('reference page rows', () => {
  it('shows ENTRYPOINT and CMD exactly as the catalog records them', () => {
    for (const img of images) {
      const row = toRow(img);
      expect(row.entrypoint === 'not set' ? null : JSON.parse(row.entrypoint)).toEqual(img.entrypoint);
      expect(row.cmd === 'not set' ? null : JSON.parse(row.cmd)).toEqual(img.cmd);
    }
    expect(toRow(images.find((i) => i.name === 'debian:trixie')!).entrypoint).toBe('[]');
  });

  it('says "unknown" exactly when the catalog has no size, and otherwise uses its numbers', () => {
    for (const img of images) {
      const { compressedMB: c, uncompressedMB: u } = img.size;
      const size = toRow(img).size;
      if (c === null && u === null) expect(size, img.name).toBe('unknown');
      else {
        expect(size, img.name).not.toBe('unknown');
        for (const n of [c, u]) if (n !== null && n !== 0) expect(size).toContain(`${n} MB`);
      }
    }
  });

  it('names root and numeric users', () => {
    const user = (name: string) => toRow(images.find((i) => i.name === name)!).user;
    expect(user('gcr.io/distroless/static-debian13:latest')).toBe('root (uid 0)');
    expect(user('gcr.io/distroless/static-debian13:nonroot')).toBe('65532 (nonroot)');
    expect(user('python:3.13-slim')).toBe('root (not set)');
  });
});

describe('reference page sources', () => {
  it('links only to GitHub, and keeps every character of the source text', () => {
    for (const img of images)
      for (const source of img.sources) {
        const parts = sourceParts(source);
        for (const p of parts) if (p.href) expect(p.href).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+(\/(tree|commit|blob|issues)\/\S+)?$/);
        if (!source.startsWith('shared/')) expect(parts.map((p) => p.text).join('')).toBe(source);
      }
  });

  it('links a repo@commit path to that file at that commit, a commit message to the commit, an issue to the issue', () => {
    expect(sourceParts('docker-library/python@01ba658c: 3.12/slim-trixie/Dockerfile (CMD ["python3"])')).toEqual([
      { text: 'docker-library/python@01ba658c', href: 'https://github.com/docker-library/python/tree/01ba658c' },
      { text: ': ' },
      { text: '3.12/slim-trixie/Dockerfile', href: 'https://github.com/docker-library/python/blob/01ba658c/3.12/slim-trixie/Dockerfile' },
      { text: ' (CMD ["python3"])' },
    ]);
    expect(sourceParts('GoogleContainerTools/distroless@22b97d10: Remove python3-debian12')[0]!.href).toBe('https://github.com/GoogleContainerTools/distroless/commit/22b97d10');
    // "the parent of" a commit has no file links (the files are gone at the commit itself).
    expect(sourceParts('GoogleContainerTools/distroless@1533e54a^: base/base.bzl').filter((p) => p.href)).toHaveLength(1);
    expect(sourceParts('jupyterhub/repo2docker#1346 (x)')[0]!.href).toBe('https://github.com/jupyterhub/repo2docker/issues/1346');
    expect(sourceParts('docker-library/docs: scratch/README.md').filter((p) => p.href).map((p) => p.href)).toEqual(['https://github.com/docker-library/docs']);
    expect(sourceParts('https://docs.docker.com/x')[0]!.href).toBe('https://docs.docker.com/x');
  });
});

describe('reference page docker run lines', () => {
  it('cover every current image once, from the engine, with no "not in the catalog" guess', () => {
    for (const f of families) {
      const lines = runLines(f.images);
      expect(lines.flatMap((l) => [l.example, ...l.others]).sort()).toEqual(f.images.map((i) => i.name).sort());
      for (const l of lines) expect(l.problems.join(' ')).not.toMatch(/not in Stagecraft's base-image catalog/);
    }
  });

  it('agree with known outcomes', () => {
    const line = (name: string) => runLines([images.find((i) => i.name === name)!])[0]!;
    expect(line('scratch').command).toBeNull();
    expect(line('gcr.io/distroless/python3-debian13:latest').command).toBe('/usr/bin/python3.13');
    expect(line('node:22').pid1).toBe('node');
  });
});

describe('intro code spans', () => {
  it('splits at backtick pairs and leaves unpaired ones as text', () => {
    expect(inlineCode('a `b` c')).toEqual([{ text: 'a ', code: false }, { text: 'b', code: true }, { text: ' c', code: false }]);
    expect(inlineCode('a `b')).toEqual([{ text: 'a `b', code: false }]);
  });
});
