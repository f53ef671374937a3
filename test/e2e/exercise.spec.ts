// Exercise pages as a learner uses them: for three exercises, a reference solution typed into the
// editor passes every goal, and a known broken Dockerfile fails the goal it is written to fail,
// with the same reason the CLI grader gives (both graded by the one engine).
import { expect, test } from '@playwright/test';

// Each test loads Monaco (~850 KB gzip) in a fresh page: allow 3x the default time on busy machines.
test.beforeEach(() => test.slow());
import { loadExerciseOrThrow } from '../../src/cli/exercises-load.ts';
import { grade } from '../../src/engine/grade/index.ts';
import { check, editorBox, goalTexts, pageErrors, typeDockerfile, waitForMonaco } from './exercise-helpers.ts';

const IDS = ['go-multistage', 'echo-greeting', 'pid1-exec-form'];

for (const id of IDS) {
  const exercise = loadExerciseOrThrow(id);
  const solution = exercise.solutions[0]!;
  const broken = exercise.cases.find((c) => c.expect === 'fail')!;

  test(`${id}: a reference solution passes every goal`, async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(`/exercises/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(exercise.title);
    await typeDockerfile(page, solution.text);
    await check(page);
    const goals = await goalTexts(page);
    expect(goals).toHaveLength(exercise.goals.length);
    for (const [i, g] of exercise.goals.entries()) expect(goals[i]).toContain(`Passed: ${g.title}`);
    await expect(page.getByRole('region', { name: 'Results' })).toContainText(`All ${exercise.goals.length} goals pass`);
    expect(errors).toEqual([]);
  });

  test(`${id}: ${broken.name} fails goal ${broken.fails} with its reason`, async ({ page }) => {
    const errors = pageErrors(page);
    const expected = grade(exercise, broken.text);
    await page.goto(`/exercises/${id}/`);
    await typeDockerfile(page, broken.text);
    await check(page);
    const goals = await goalTexts(page);
    for (const [i, g] of expected.goals.entries()) {
      expect(goals[i]).toContain(`${g.passed ? 'Passed' : 'Not yet'}: ${g.title}`);
      if (!g.passed) expect(goals[i]).toContain(g.message);
    }
    const failing = expected.goals.find((g) => g.id === broken.fails)!;
    expect(failing.passed).toBe(false);
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem').filter({ hasText: `Not yet: ${failing.title}` })).toContainText(failing.message);
    expect(errors).toEqual([]);
  });
}

test('the starter is readable as static code and the editor starts with it', async ({ page }) => {
  const exercise = loadExerciseOrThrow('go-multistage');
  await page.goto('/exercises/go-multistage/');
  const firstLine = exercise.starter.split('\n').find((l) => l.startsWith('FROM'))!;
  await expect(page.getByRole('region', { name: 'Results' })).toBeVisible();
  await expect(page.locator('.sc-ex__brief .expressive-code')).toContainText(firstLine);
  await expect(editorBox(page)).toBeVisible();
});

test('hints open one at a time and a solution shows next to the kept attempt; reset asks first', async ({ page }) => {
  const exercise = loadExerciseOrThrow('echo-greeting');
  await page.goto('/exercises/echo-greeting/');
  const attempt = 'FROM busybox\nCMD ["echo", "my attempt"]\n';
  await typeDockerfile(page, attempt);
  await page.getByRole('button', { name: `Show hint 1 of ${exercise.hints.length}` }).click();
  await expect(page.locator('[data-hints] li')).toHaveCount(1);
  await page.getByRole('button', { name: `Show hint 2 of ${exercise.hints.length}` }).click();
  await expect(page.locator('[data-hints] li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Show a solution next to your attempt' }).click();
  await expect(page.locator('[data-solution-attempt]')).toHaveText(attempt);
  await expect(page.locator('[data-solution-text]')).toHaveText(exercise.solutions[0]!.text);
  await page.getByRole('button', { name: 'Reset to starter' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-solution-attempt]')).toHaveText(attempt);
  await page.getByRole('button', { name: 'Reset to starter' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.locator('[data-solution-attempt]')).toHaveText(exercise.starter, { timeout: 5000 });
});

test('keyboard alone: Tab reaches the editor, Escape leaves it for Check, Enter checks', async ({ page }) => {
  await page.goto('/exercises/echo-greeting/');
  const box = editorBox(page);
  for (let i = 0; i < 80 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.locator('[data-editor-state="monaco"]').waitFor({ timeout: 20_000 });
  await expect(editorBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('goals pass');
});

test('live findings appear as editor markers and in the findings list', async ({ page }) => {
  await page.goto('/exercises/go-multistage/');
  await typeDockerfile(page, 'FROM scratch\nCMD python3 app.py\n');
  const findings = page.getByRole('region', { name: 'Checker findings' });
  await expect(findings).toContainText('shell-form-without-shell');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();
});

test('hover docs and completion come from dockerfile-language-service', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('/exercises/echo-greeting/');
  await typeDockerfile(page, 'FROM busybox\nENTRYPOINT ["echo"]\n');
  await page.locator('.monaco-editor .view-line').nth(1).getByText('ENTRYPOINT').hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: /executable/i }).first()).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('WORK');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget').getByText('WORKDIR').first()).toBeVisible({ timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('typing key by key gives exactly the typed text (no auto-closing, Enter is a new line)', async ({ page }) => {
  const text = 'FROM busybox:1.37\nENTRYPOINT ["echo", "Hello,"]\nCMD ["world!"]\nRUN echo a \\\n    && echo b\n';
  await page.goto('/exercises/echo-greeting/');
  await typeDockerfile(page, '');
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Show a solution next to your attempt' }).click();
  await expect(page.locator('[data-solution-attempt]')).toHaveText(text);
});

test('the editor follows the site theme', async ({ page }) => {
  await page.goto('/exercises/echo-greeting/');
  await editorBox(page).click();
  await page.locator('[data-editor-state="monaco"]').waitFor();
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('.monaco-editor.vs')).toBeVisible();
});

test('fill() on the editor replaces the whole text (Monaco loaded or not)', async ({ page }) => {
  const exercise = loadExerciseOrThrow('echo-greeting');
  await page.goto('/exercises/echo-greeting/');
  await waitForMonaco(page);
  await editorBox(page).fill(exercise.solutions[0]!.text);
  await check(page);
  await expect(page.getByRole('region', { name: 'Results' })).toContainText(`All ${exercise.goals.length} goals pass`);
  await editorBox(page).fill(exercise.starter);
  await check(page);
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('Not yet:');
});
