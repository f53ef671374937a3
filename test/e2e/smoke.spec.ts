// Smoke test of the built site: key pages render their heading, run without console or page errors,
// and carry the Starlight chrome (Pagefind search button).
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

const pages = [
  { path: '/', heading: 'Stagecraft' },
  { path: '/learn/multi-stage/why/', heading: 'Why multi-stage builds' },
  { path: '/exercises/', heading: 'Exercises' },
];

for (const { path, heading } of pages) {
  test(`${path} renders "${heading}" without errors`, async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
}

test('search opens the Pagefind dialog and finds the first lesson', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Pagefind's UI loads on first open; its input is a plain text field with the placeholder "Search".
  await dialog.getByPlaceholder('Search').fill('multi-stage');
  await expect(dialog.getByRole('link', { name: /Why multi-stage builds/ }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the home page links to the first lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(/\/learn\/multi-stage\/why\/$/);
});

test('an unknown URL gets the 404 page with the site chrome', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
});
