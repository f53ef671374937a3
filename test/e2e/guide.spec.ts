// The instructor's guide and the printable exercise sheets in a real browser: the guide shows the
// CLI's real output, every exercise has a sheet linked from the index, a sheet carries the task,
// goals, starter and hints, and printing leaves the site's chrome and the buttons off the paper.
import { expect, test, type Page } from '@playwright/test';
import { loadAllExercises, loadExerciseOrThrow } from '../../src/cli/exercises-load.ts';

const exercises = loadAllExercises();

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test('the instructor guide shows what the CLI printed at build time', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('/guide/instructors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Instructor's guide/);
  // `stagecraft exercises` lists every exercise id: the page must show all of them in that output.
  const listing = page.locator('pre', { hasText: '$ npx stagecraft exercises' });
  await expect(listing).toHaveCount(1);
  for (const e of exercises) await expect(listing).toContainText(e.id);
  // The one-submission run ends with its real exit status: a failing submission exits 1.
  const one = page.locator('pre', { hasText: 'fail-wrong-path.Dockerfile' }).first();
  await expect(one).toContainText('$ echo $?');
  await expect(one).toContainText(/\$ echo \$\?\s*1\s*$/);
  // The CSV of a class is also shown as a table, reachable by keyboard.
  const table = page.getByRole('region', { name: 'The same CSV as a table' });
  await expect(table).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
  await page.getByRole('link', { name: 'All sheets' }).click();
  await expect(page).toHaveURL(/\/guide\/sheets\/$/);
  expect(errors).toEqual([]);
});

test('the sheet index links one sheet per exercise', async ({ page }) => {
  await page.goto('/guide/sheets/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Printable exercise sheets');
  const links = page.locator('main a[href^="/guide/sheets/"]');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(exercises.map((e) => `/guide/sheets/${e.id}/`).sort());
});

test('a sheet has the task, goals, starter and hints, and prints without the site chrome', async ({ page }) => {
  const exercise = loadExerciseOrThrow('go-multistage');
  const errors = pageErrors(page);
  await page.goto(`/guide/sheets/${exercise.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(exercise.title);
  for (const name of ['Task', 'Goals', 'Starter Dockerfile', 'Build context', 'Your Dockerfile']) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  const goals = page.locator('.sc-sheet__goals li');
  await expect(goals).toHaveCount(exercise.goals.length);
  for (const g of exercise.goals) await expect(goals.filter({ hasText: g.title })).toHaveCount(1);
  await expect(page.locator('pre', { hasText: exercise.starter.split('\n')[0] })).toBeVisible();
  const hints = page.getByRole('region', { name: /Hints/ }).locator('li');
  await expect(hints).toHaveCount(exercise.hints.length);
  await expect(page.getByText(`npx stagecraft grade --exercise ${exercise.id} Dockerfile`)).toBeVisible();

  const print = page.getByRole('button', { name: 'Print this sheet' });
  await expect(print).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(page.locator('.page > header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Goals' })).toBeVisible();
  expect(errors).toEqual([]);
});
