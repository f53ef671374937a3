// Property tests: no Dockerfile, however broken or hostile, makes the engine or the rules throw,
// report an internal error, or point outside the text; and the syntax rule's shortcut (skipping
// instructions that cannot yield an Error) agrees with a full dockerfile-utils validate().
// `npm run fuzz` runs the same properties far longer (bench/fuzz.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedDockerfile, randomDockerfile, screenEdgeDockerfile, seedDockerfiles } from './dockerfile-arbitraries.ts';
import { exercise, syntaxShortcutDiff } from './fuzz-properties.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

const seeds = seedDockerfiles();

describe('fuzz', { timeout: 120_000 }, () => {
  it('random Dockerfiles never crash the engine or the rules', () => {
    fc.assert(fc.property(randomDockerfile, (text) => {
      expect(exercise(text)).toBeNull();
    }), { numRuns: RUNS });
  });

  it('mutated realistic Dockerfiles never crash the engine or the rules', () => {
    fc.assert(fc.property(mutatedDockerfile(seeds), (text) => {
      expect(exercise(text)).toBeNull();
    }), { numRuns: RUNS });
  });

  it('every seed is handled (no internal error, ranges inside the text)', () => {
    for (const s of seeds) expect(exercise(s)).toBeNull();
  });

  it('the syntax shortcut finds exactly the errors a full validate() finds', () => {
    for (const s of seeds) expect(syntaxShortcutDiff(s)).toBeNull();
    fc.assert(fc.property(fc.oneof(randomDockerfile, mutatedDockerfile(seeds), screenEdgeDockerfile), (text) => {
      expect(syntaxShortcutDiff(text)).toBeNull();
    }), { numRuns: RUNS * 3 });
  });

  it('hostile inputs: huge lines, deep continuations, binary noise', () => {
    const hostile = [
      'FROM alpine\nRUN ' + 'a'.repeat(200_000),
      'FROM alpine\nRUN a \\\n' + ' b \\\n'.repeat(3000) + ' c',
      'FROM alpine\nCMD ' + '['.repeat(5000),
      'FROM alpine\nENV ' + '${'.repeat(2000),
      '\u0000\u0001\u0002FROM\u0000 x',
      'FROM ' + 'x:'.repeat(5000),
      // found by npm run fuzz: dockerfile-ast's resolveVariable recursed without end inside validate()
      '    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/main.go',
      Array.from({ length: 300 }, (_, i) => `FROM alpine AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /a /a`).join('\n'),
    ];
    for (const h of hostile) expect(exercise(h)).toBeNull();
  });
});
