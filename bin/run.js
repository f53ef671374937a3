// Helper for bin/stagecraft.js on Node versions that need --experimental-strip-types.
const { run } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await run(process.argv.slice(2));
