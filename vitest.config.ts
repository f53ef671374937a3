// Unit, content and CLI tests (test/**/*.test.ts) run in Node; browser tests live in test/e2e (Playwright).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Some tests spawn the CLI as a child process; on a loaded 2-core CI machine a fresh Node process
    // alone can take seconds, and vitest's 5 s default made them flaky (test/cli/resolve.test.ts).
    testTimeout: 20_000,
  },
});
