// Progress in the browser: a pass, a draft and hints survive a reload; /progress/ lists them; an
// export imports into a fresh browser; a corrupt or foreign file is refused and changes nothing.
import { expect, test } from '@playwright/test';

// Each test loads Monaco (~850 KB gzip) in a fresh page: allow 3x the default time on busy machines.
test.beforeEach(() => test.slow());
import { readFileSync } from 'node:fs';
import { loadExerciseOrThrow } from '../../src/cli/exercises-load.ts';
import { PROGRESS_VERSION } from '../../src/lib/progress/schema.ts';
import { check, editorBox, typeDockerfile } from './exercise-helpers.ts';

const echo = loadExerciseOrThrow('echo-greeting');

test('a pass, a draft and used hints survive a reload and show on /progress/', async ({ page }) => {
  await page.goto('/exercises/echo-greeting/');
  await typeDockerfile(page, echo.solutions[0]!.text);
  await check(page);
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('goals pass');
  await page.getByRole('button', { name: /Show hint 1 of/ }).click();
  await page.goto('/exercises/go-multistage/');
  const draft = 'FROM golang:1.26 AS build\n# my draft\n';
  await typeDockerfile(page, draft);
  await expect(page.locator('[data-draft-status]')).toHaveText('Draft saved in this browser.');
  await page.reload();
  await expect(editorBox(page)).toHaveValue(draft);
  await expect(page.locator('[data-draft-status]')).toContainText('restored');
  await page.goto('/exercises/echo-greeting/');
  await expect(page.locator('[data-hints] li')).toHaveCount(1);
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-row="echo-greeting"] [data-cell="status"]')).toContainText('Passed');
  await expect(page.locator('[data-progress-row="echo-greeting"] [data-cell="hints"]')).toHaveText(`1 of ${echo.hints.length}`);
  await expect(page.locator('[data-progress-row="go-multistage"] [data-cell="status"]')).toHaveText('In progress (draft saved)');
  await expect(page.getByRole('status').filter({ hasText: 'You passed' })).toContainText('You passed 1 of');
});

test('export, then import into a fresh browser; corrupt and foreign files are refused', async ({ page, browser }, info) => {
  await page.goto('/exercises/echo-greeting/');
  await typeDockerfile(page, echo.solutions[0]!.text);
  await check(page);
  await page.goto('/progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = info.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'stagecraft-progress', version: PROGRESS_VERSION, exercises: { 'echo-greeting': { passed: true } } });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/progress/');
  await expect(other.locator('[data-progress-row="echo-greeting"] [data-cell="status"]')).toHaveText('Not started');
  const input = other.locator('input[type="file"]');
  await input.setInputFiles(file);
  await expect(other.locator('[data-progress-message]')).toContainText('Imported');
  await expect(other.locator('[data-progress-row="echo-greeting"] [data-cell="status"]')).toContainText('Passed');
  const saved = await other.evaluate(() => localStorage.getItem('stagecraft:progress'));

  for (const [name, body, message] of [
    ['broken.json', '{"format": "stagecraft-progress", "version": 1, "exercises": {', 'not valid JSON'],
    ['package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), 'not a Stagecraft progress file'],
    ['damaged.json', JSON.stringify({ ...exported, exercises: { 'echo-greeting': { passed: 'yes', hintsUsed: 0 } } }), 'damaged'],
  ] as const) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(other.locator('[data-progress-message]')).toContainText(message);
    await expect(other.locator('[data-progress-message]')).toContainText('Your saved progress is unchanged.');
    expect(await other.evaluate(() => localStorage.getItem('stagecraft:progress'))).toBe(saved);
  }
  await other.reload();
  await expect(other.locator('[data-progress-row="echo-greeting"] [data-cell="status"]')).toContainText('Passed');
  await fresh.close();
});
