// Smoke test of /reference/base-images/: heading, every family, no console or page errors, removed images
// folded away and marked, and the filter box (keyboard) narrowing the tables.
import { expect, test, type Page } from '@playwright/test';

/** Collects console errors, uncaught page errors and failed same-site requests for the lifetime of `page`. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return errors;
}

const URL = '/reference/base-images/';

// The page holds every catalog image (about 600 KB of HTML): on a loaded CI machine it takes
// tens of seconds to load and filter, so these tests get Playwright's slow timeout.
test.beforeEach(() => test.slow());

test('base-image reference renders its heading and families without errors', async ({ page }) => {
  const errors = collectErrors(page);
  const response = await page.goto(URL);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Base images');
  for (const name of ['scratch', /Distroless base images/, /Distroless language images/, /Official language images/, /OS images/, 'nginx', 'Chainguard images'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('removed images are folded away and marked removed', async ({ page }) => {
  await page.goto(URL);
  const family = page.locator('section#distroless-language');
  const removed = family.locator('details[data-removed]');
  await expect(removed).not.toHaveAttribute('open', /.*/);
  const row = removed.locator('tr', { hasText: 'python3-debian12:latest' });
  await expect(row).toBeHidden();
  await removed.locator(':scope > summary').click();
  await expect(row).toBeVisible();
  await expect(row.locator('.ref-status')).toHaveText('removed 2026-05-12');
  // The current table above holds no removed image.
  await expect(family.locator('.ref-table-wrap').first().locator('tr[data-state="removed"]')).toHaveCount(0);
});

test('the filter box narrows rows by keyboard and opens matching removed images', async ({ page }) => {
  await page.goto(URL);
  const box = page.getByRole('searchbox', { name: 'Filter images' });
  await box.focus();
  await page.keyboard.type('python3-debian12');
  await expect(page.getByRole('status')).toHaveText(/^4 of \d+ images match\.$/);
  await expect(page.locator('tr[data-search]:visible')).toHaveCount(4);
  await expect(page.locator('section#distroless-language details[data-removed]')).toHaveAttribute('open', '');
  await expect(page.locator('section#os')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.locator('section#os')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every table is there and the filter box, which needs JS, stays hidden', async ({ page }) => {
    await page.goto(URL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Base images');
    await expect(page.getByRole('searchbox', { name: 'Filter images' })).toBeHidden();
    await expect(page.locator('tr[data-search]')).toHaveCount(await page.locator('section[data-family] tbody tr').count());
    expect(await page.locator('tr[data-search]').count()).toBeGreaterThan(100);
    await expect(page.getByRole('row', { name: /python3-debian13:latest/ }).first()).toBeVisible();
  });
});
