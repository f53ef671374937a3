// End-to-end tests run against the built site (`dist/`, made by `npm run build`) served by `astro preview`.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium, when installed, is used instead of Playwright's own download (see README). */
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

/** Port of the preview server; override with STAGECRAFT_PORT when 4321 is taken by another checkout. */
const port = Number(process.env.STAGECRAFT_PORT ?? 4321);

export default defineConfig({
  testDir: 'test/e2e',
  // Screenshot capture is a tool, not a test: run it with `npm run screenshots`.
  testIgnore: process.env.STAGECRAFT_SCREENSHOTS ? [] : ['**/screenshot*.spec.ts'],
  // Playwright empties its output folder on every run; keep it apart from test-results/screens/.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // Serves what `npm run build` produced; this config never builds.
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: true,
    timeout: 60_000,
  },
});
