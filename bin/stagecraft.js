#!/usr/bin/env node
// `npx stagecraft`: runs the TypeScript CLI straight from src/ (no build step). Node >= 22.18
// strips types natively; older Node 22 releases need the flag, so re-run with it there.
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
// `stagecraft exercises | head`: a closed pipe ends the output quietly, not with a stack trace.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 2));
// Cache compiled modules between runs (an autograder calls the CLI many times).
module.enableCompileCache?.();
// Node never strips types under node_modules: an installed package runs the JavaScript that
// `npm pack` compiled into lib/ (prepack); a checkout runs src/ directly.
const installed = fileURLToPath(import.meta.url).includes('/node_modules/');
if (installed) {
  const { run } = await import(new URL('../lib/cli/main.js', import.meta.url).href);
  process.exitCode = await run(process.argv.slice(2));
} else if (process.features?.typescript) {
  const { run } = await import(main);
  process.exitCode = await run(process.argv.slice(2));
} else {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', fileURLToPath(new URL('./run.js', import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 2);
}
