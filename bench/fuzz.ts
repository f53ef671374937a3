// `npm run fuzz`: the fuzz properties of test/engine/fuzz.test.ts, run much longer.
// FUZZ_RUNS (default 5000 per property) and FUZZ_SEED (to replay a failure) tune it.

import fc from 'fast-check';
import { exercise, sameInstructions, syntaxShortcutDiff } from '../test/engine/fuzz-properties.ts';
import { mutatedDockerfile, randomDockerfile, screenEdgeDockerfile, seedDockerfiles } from '../test/engine/dockerfile-arbitraries.ts';
import { loadCorpus } from './run.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const seeds = seedDockerfiles();

const properties: [string, fc.Arbitrary<string>, (text: string) => string | null][] = [
  ['random Dockerfiles: engine + rules', randomDockerfile, exercise],
  ['mutated seeds: engine + rules', mutatedDockerfile(seeds), exercise],
  ['syntax shortcut equals full validate()', fc.oneof(randomDockerfile, mutatedDockerfile(seeds), screenEdgeDockerfile), syntaxShortcutDiff],
];

// The bench corpus (2,000 generated files and the 5,000-line one): the shortcut must agree on all.
const corpus = loadCorpus();
const differing = [...corpus.files, corpus.big].map((t, i) => [i, syntaxShortcutDiff(t)] as const).filter(([, d]) => d !== null);
const compared = [...corpus.files, corpus.big].filter((t) => sameInstructions(t)).length;
console.log(`${differing.length ? 'FAIL' : 'ok  '} syntax shortcut equals full validate() on the bench corpus: ${differing.length} of ${compared} files differ (${corpus.files.length + 1 - compared} read differently by dockerfile-ast, not compared)`);
for (const [i, d] of differing.slice(0, 3)) console.log(`  file ${i}: ${d}`);
let failed = differing.length > 0;

for (const [name, arb, prop] of properties) {
  const start = performance.now();
  const details = fc.check(fc.property(arb, (text) => prop(text) === null), { numRuns: runs, seed });
  const secs = ((performance.now() - start) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    const example = details.counterexample?.[0] ?? '';
    console.log(`FAIL ${name} after ${details.numRuns} runs (${secs} s), seed ${details.seed}`);
    console.log(`  problem: ${prop(example)}`);
    console.log(`  input:   ${JSON.stringify(example).slice(0, 2000)}`);
  } else {
    console.log(`ok   ${name}: ${details.numRuns} runs in ${secs} s`);
  }
}
process.exitCode = failed ? 1 : 0;
