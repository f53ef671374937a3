// cleanPath must behave like Go's path.Clean (which BuildKit uses for WORKDIR and COPY
// destinations); node's posix.normalize does the same apart from keeping a trailing slash.
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPath } from '../../src/engine/expand.ts';

const reference = (p: string) => {
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
};

describe('cleanPath', () => {
  it('cleans like Go path.Clean', () => {
    for (const [p, want] of [['/', '/'], ['/app/', '/app'], ['/a//b/./c/..', '/a/b'], ['/..', '/'], ['a/../..', '..'], ['', '.'], ['/usr/local/bin', '/usr/local/bin'], ['/a/.', '/a'], ['/a/..', '/']]) {
      expect(cleanPath(p)).toBe(want);
    }
  });

  it('agrees with posix.normalize on random paths, clean ones included', () => {
    const segment = fc.constantFrom('', '.', '..', 'a', 'bin', '.x', '..y', 'a.b');
    const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 })).map(([abs, s]) => (abs ? '/' : '') + s.join('/'));
    fc.assert(fc.property(path, (p) => cleanPath(p) === reference(p)), { numRuns: 2000 });
  });
});
