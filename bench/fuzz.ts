// `npm run fuzz`: the fuzz properties of test/engine/fuzz.test.ts, run much longer.
// FUZZ_RUNS (default 5000 per property) and FUZZ_SEED (to replay a failure) tune it.

import fc from 'fast-check';
import { exercise, syntaxShortcutDiff } from '../test/engine/fuzz-properties.ts';
import { mutatedDockerfile, randomDockerfile, seedDockerfiles } from '../test/engine/dockerfile-arbitraries.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const seeds = seedDockerfiles();

const properties: [string, fc.Arbitrary<string>, (text: string) => string | null][] = [
  ['random Dockerfiles: engine + rules', randomDockerfile, exercise],
  ['mutated seeds: engine + rules', mutatedDockerfile(seeds), exercise],
  ['syntax shortcut equals full validate()', fc.oneof(randomDockerfile, mutatedDockerfile(seeds)), syntaxShortcutDiff],
];

let failed = false;
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
