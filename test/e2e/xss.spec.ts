// Learner text is data, never HTML: a Dockerfile full of markup shows as text in the editor,
// results, findings, simulator and stage graph; no dialog opens and no <img> element is created.
import { expect, test } from '@playwright/test';

// Each test loads Monaco (~850 KB gzip) in a fresh page: allow 3x the default time on busy machines.
test.beforeEach(() => test.slow());
import { check, pageErrors, typeDockerfile } from './exercise-helpers.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const HOSTILE = [
  `FROM golang:1.26 AS ${IMG}`,
  `ARG X=${SCRIPT}`,
  `RUN echo '${SCRIPT}' > /x`,
  `FROM ${IMG}`,
  `COPY --from=${IMG} /app /app`,
  `LABEL note="${IMG}"`,
  `ENTRYPOINT ["${SCRIPT}", "${IMG}"]`,
  `CMD ${IMG} ${SCRIPT}`,
  '',
].join('\n');

test('markup in a Dockerfile and in run arguments renders as text everywhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const errors = pageErrors(page);
  await page.goto('/exercises/go-multistage/');
  await typeDockerfile(page, HOSTILE);
  await page.getByRole('textbox', { name: 'docker run arguments' }).fill(`${SCRIPT} ${IMG.replace(/"/g, '')}`);
  await check(page);
  await page.getByRole('button', { name: 'Show a solution next to your attempt' }).click();
  const sim = page.getByRole('region', { name: 'Simulated command' });
  await expect(sim).toContainText('<script>alert(1)</script>');
  // FROM and COPY --from take one word: the image refs are `><img` / `"><img`, shown as text.
  await expect(page.locator('[data-stage-graph] .sc-graph__list')).toContainText('Copies files from image "><img');
  await expect(page.locator('[data-stage-graph] svg')).toContainText('FROM ><img');
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('Not yet:');
  await expect(page.locator('[data-solution-attempt]')).toContainText(IMG);
  // Hover the editor's markers area and the findings so any lazily rendered widget renders too.
  await page.locator('.monaco-editor .view-lines').hover();
  await page.waitForTimeout(500);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src]):not([type])').length)).toBe(
    await page.evaluate(() => [...document.querySelectorAll('script:not([src]):not([type])')].filter((s) => !s.textContent?.includes('alert(1)')).length),
  );
  expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name === 'onerror')))).toBe(false);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
