// Unit, content and CLI tests (test/**/*.test.ts) run in Node; browser tests live in test/e2e (Playwright).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
