// Quiz pages in the browser: take a module quiz (right and wrong answers, score, misses first next
// time, saved in the progress export), finish an interview round by answering and by running out of
// time (?seconds= shortens the timer), use the keyboard, and read every answer without JavaScript.
import { expect, test, type Page } from '@playwright/test';

// Rounds take many steps; a busy CI machine needs more than the default 30 s per test.
test.describe.configure({ timeout: 120_000 });

/** The question on screen. */
const current = (page: Page) => page.locator('.qz-item:not([hidden])');

/** Answer the visible question: right (the keyed answer) or wrong (another choice). Returns its id. */
async function answer(page: Page, right: boolean, button = 'Check answer'): Promise<string> {
  const item = current(page);
  await expect(item).toHaveCount(1);
  const id = (await item.getAttribute('data-id'))!;
  const key = Number(await item.getAttribute('data-answer'));
  const pick = right ? key : key === 0 ? 1 : 0;
  await item.locator('input[type=radio]').nth(pick).check();
  await item.getByRole('button', { name: button }).click();
  return id;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

test('a module quiz: answer ten questions, see the score, and the miss comes back first', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/quiz/entrypoint-cmd/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz: ENTRYPOINT and CMD');
  let missed = '';
  for (let k = 0; k < 10; k++) {
    await expect(current(page).locator('legend')).toContainText(`Question ${k + 1} of 10`);
    const id = await answer(page, k !== 2);
    if (k === 2) missed = id;
    const verdict = current(page).locator('[data-verdict]');
    await expect(verdict).toHaveText(k === 2 ? 'Not quite.' : 'Correct.');
    await expect(verdict).toBeFocused();
    // The explanation links to its lesson.
    await expect(current(page).getByRole('link').first()).toHaveAttribute('href', /^\/learn\/[a-z-]+\/[a-z0-9-]+\/$/);
    if (k === 2) await expect(current(page).locator('[data-why-out]')).not.toBeEmpty();
    await current(page).getByRole('button', { name: k < 9 ? 'Next question' : 'See your score' }).click();
  }
  const result = page.getByRole('region', { name: 'Your score' });
  await expect(result).toBeVisible();
  await expect(result).toContainText('You answered 9 of 10 correctly.');
  // The review shows the miss only, with its explanation open.
  await expect(current(page)).toHaveCount(1);
  await expect(current(page)).toHaveAttribute('data-id', missed);
  await expect(current(page).locator('[data-verdict]')).toHaveText('Not quite.');

  // Saved in the progress store: the score and the review state (so it is in the export).
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft:progress') ?? '{}'));
  expect(saved.quizzes['entrypoint-cmd']).toMatchObject({ score: 9, total: 10 });
  expect(saved.review[missed]).toMatchObject({ box: 0, wrong: 1 });

  await page.reload();
  await expect(current(page)).toHaveAttribute('data-id', missed);
  expect(errors).toEqual([]);
});

test('a module quiz asks for an answer before checking', async ({ page }) => {
  await page.goto('/quiz/multi-stage/');
  await current(page).getByRole('button', { name: 'Check answer' }).click();
  await expect(current(page).getByRole('status')).toHaveText('Choose an answer first.');
  await expect(current(page).locator('[data-verdict]')).toBeHidden();
});

test('the quiz works by keyboard alone', async ({ page }) => {
  await page.goto('/quiz/distroless/');
  const first = current(page).locator('input[type=radio]').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(current(page).locator('input[type=radio]').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(current(page).getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(current(page).locator('[data-verdict]')).toBeFocused();
  await expect(current(page).locator('[data-verdict]')).toHaveText(/^(Correct|Not quite)\.$/);
  await page.keyboard.press('Tab');
  // The lesson link in the explanation is reachable, then the Next button.
  await expect(page.locator(':focus')).toHaveAttribute('href', /^\/learn\//);
});

test('an interview round: ten questions across topics, a score and a review of misses', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/quiz/interview/');
  await expect(page.getByRole('timer', { name: 'Time left' })).toBeHidden();
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^(10:00|9:5\d)$/);
  const modules = new Set<string>();
  const wrong: string[] = [];
  for (let k = 0; k < 10; k++) {
    await expect(page.locator('[data-progress]')).toHaveText(`Question ${k + 1} of 10`);
    modules.add((await current(page).getAttribute('data-module'))!);
    const id = await answer(page, k % 3 !== 0, 'Answer and continue');
    if (k % 3 === 0) wrong.push(id);
  }
  expect(modules.size).toBe(3);
  const result = page.getByRole('region', { name: 'Your score' });
  await expect(result).toContainText(/You answered 6 of 10 correctly in \d:\d\d\./);
  await expect(page.locator('.qz-item:not([hidden])')).toHaveCount(4);
  for (const id of wrong) await expect(page.locator(`.qz-item[data-id="${id}"] [data-verdict]`)).toHaveText('Not quite.');
  // Next round: the misses come first.
  await page.getByRole('button', { name: 'Start a new round' }).click();
  const firstFour: string[] = [];
  for (let k = 0; k < 4; k++) firstFour.push((await answer(page, true, 'Answer and continue')));
  expect(new Set(firstFour)).toEqual(new Set(wrong));
  expect(errors).toEqual([]);
});

test('an interview round ends when the time is up (?seconds=12)', async ({ page }) => {
  await page.goto('/quiz/interview/?seconds=12');
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^0:(1[0-2]|0\d)$/);
  await answer(page, true, 'Answer and continue');
  const result = page.getByRole('region', { name: 'Your score' });
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toContainText('You answered 1 of 10 correctly');
  await expect(result).toContainText('9 not answered.');
  await expect(page.locator('.qz-item:not([hidden]) [data-verdict]').first()).toHaveText('Not answered.');
  await expect(page.getByRole('timer', { name: 'Time left' })).toBeHidden();
});

test('without JavaScript every question and its answer can be read', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/entrypoint-cmd/');
  const items = page.locator('.qz-item');
  expect(await items.count()).toBeGreaterThan(20);
  await expect(items.first()).toBeVisible();
  await items.first().getByText('Show the answer').click();
  await expect(items.first().getByText('Answer:')).toBeVisible();
  await context.close();
});

test('the quiz index and the interview cards link everything', async ({ page }) => {
  await page.goto('/quiz/');
  for (const name of ['Multi-stage builds', 'Distroless and minimal images', 'ENTRYPOINT and CMD', 'Interview round', 'Explain it: interview cards'])
    await expect(page.getByRole('link', { name, exact: true }).last()).toBeVisible();
  await page.goto('/quiz/interview/cards/');
  const card = page.getByRole('region', { name: 'What is a distroless image, and what is it not?' });
  await card.getByText('Show the model answer').click();
  await expect(card).toContainText('no shell, no package manager');
  await expect(card.getByRole('link').first()).toHaveAttribute('href', /^\/learn\//);
});
