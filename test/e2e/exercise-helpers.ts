// Shared steps for the exercise-page browser tests: type into the editor the way a learner does,
// press Check, and read the Results region.
import { expect, type Page } from '@playwright/test';

/** The editor's text box (the plain textarea first, Monaco's once it has loaded). */
export const editorBox = (page: Page) => page.getByRole('textbox', { name: 'Dockerfile editor' });

/** Wait until Monaco has replaced the plain textarea. */
export async function waitForMonaco(page: Page) {
  await expect(page.locator('[data-editor-state="monaco"] .monaco-editor')).toBeVisible({ timeout: 20_000 });
}

/** Replace the editor's text: click it, select all, insert `text` (as a learner pasting). */
export async function typeDockerfile(page: Page, text: string) {
  // A second edit on the same page: the editor already has focus (a click would land on the lines).
  if (!(await editorBox(page).evaluate((el) => el === document.activeElement))) await editorBox(page).click();
  await waitForMonaco(page);
  await editorBox(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/** Press Check and wait for the verdict summary. */
export async function check(page: Page) {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Results' }).locator('.sc-results__summary')).toBeVisible();
}

/** Goal list items of the Results region, as their text. */
export async function goalTexts(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Results' }).getByRole('listitem').allInnerTexts();
}

/** Collect uncaught page errors (a test asserts the list stays empty). */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
