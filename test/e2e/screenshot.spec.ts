// On-demand screenshots (not part of `npm test`): desktop 1280x800 and phone 390x844 shots of chosen
// pages into test-results/screens/. Run after a build: [SCREENSHOT_URLS="/,/exercises/"] npm run screenshots.
import { test } from '@playwright/test';

const urls = (process.env.SCREENSHOT_URLS ?? '/,/learn/multi-stage/why/,/exercises/')
  .split(',')
  .map((u) => u.trim())
  .filter(Boolean);

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** File name for a URL path: `/learn/x/` → `learn-x`, `/` → `home`. */
const slug = (url: string) => url.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';

for (const url of urls) {
  for (const vp of viewports) {
    test(`screenshot ${url} (${vp.name})`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `test-results/screens/${slug(url)}-${vp.name}.png`, fullPage: process.env.SCREENSHOT_FULL === '1' });
    });
  }
}
