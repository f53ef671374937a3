// Accessibility and phone-width quality of every page type: axe-core WCAG 2.1 A/AA checks (no
// serious or critical violations) in light and dark theme at desktop and phone width, no sideways
// page scrolling at 390 px, and a keyboard-only path through an exercise (ARCHITECTURE.md's
// accessible names: "Dockerfile editor", "Check", "Results"; issue 5 "usable on a phone and by
// keyboard alone").
import { expect, test, type Page, type Route } from '@playwright/test';
import { check, editorBox, waitForMonaco } from './exercise-helpers.ts';
import { expectTheme, overflowCulprits, seriousViolations, THEMES, useTheme, WIDTHS, type Theme } from './a11y-helpers.ts';

/** One page of each type (ARCHITECTURE.md's URL list plus the site's other pages). */
const PAGES = [
  '/',
  '/learn/entrypoint-cmd/how-they-combine/',
  '/learn/distroless/choosing-a-base/',
  '/exercises/',
  '/rules/',
  '/rules/multiple-cmd/',
  '/reference/base-images/',
  '/playground/',
  '/quiz/',
  '/quiz/multi-stage/',
  '/progress/',
  '/guide/instructors/',
];
const EXERCISE = '/exercises/go-multistage/';

test('every page type checked here exists in the build', async ({ request }) => {
  const missing: string[] = [];
  for (const path of [...PAGES, EXERCISE]) if ((await request.get(path)).status() !== 200) missing.push(path);
  expect(missing, 'page types from ARCHITECTURE.md that the build does not have').toEqual([]);
});

/** Checks run on every page state: axe in the current theme, and at phone width no page overflow. */
async function expectAccessible(page: Page, width: number) {
  expect(await seriousViolations(page), 'serious/critical axe violations').toEqual([]);
  if (width < 500) {
    const o = await overflowCulprits(page);
    expect(o.scrollWidth, `page scrolls sideways; widest parts: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(o.innerWidth);
  }
}

for (const theme of THEMES) {
  for (const { name, width, height } of WIDTHS) {
    test.describe(`${theme} theme, ${name} ${width}px`, () => {
      test.use({ viewport: { width, height } });
      test.beforeEach(({ page }) => {
        test.slow(); // axe on the long reference and guide pages takes tens of seconds on a busy machine
        return useTheme(page, theme);
      });

      for (const path of PAGES) {
        test(`${path}`, async ({ page }) => {
          // The base-image reference is ~9,000 elements: axe's colour-contrast pass alone takes over a minute there.
          if (path === '/reference/base-images/') test.setTimeout(240_000);
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          await expectTheme(page, theme);
          await expectAccessible(page, width);
        });
      }

      test(`${EXERCISE} before the editor starts, with it, and after Check`, async ({ page }) => {
        // Hold the Monaco bundle so the page can be checked with the plain textarea first.
        let release: (() => void) | undefined;
        const held = new Promise<void>((r) => (release = r));
        await page.route(/\/_astro\/monaco-[^/]*\.js$/, async (route: Route) => {
          await held;
          await route.continue();
        });
        await page.goto(EXERCISE);
        await expectTheme(page, theme);
        await expect(page.locator('[data-editor-state="monaco"]')).toHaveCount(0);
        await expectAccessible(page, width);

        release!();
        await editorBox(page).scrollIntoViewIfNeeded();
        await waitForMonaco(page);
        await expectAccessible(page, width);

        await check(page);
        await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
        await expectAccessible(page, width);
      });
    });
  }
}

/** Whether the focused element is inside Monaco or is the editor's text box. */
const focusInEditor = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('[data-editor]') && document.activeElement?.getAttribute('aria-label') === 'Dockerfile editor');

test.describe('keyboard only, exercise page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Tab reaches the editor, Escape leaves it for Check, Enter checks, Results lists the goals', async ({ page }) => {
    test.slow(); // loads Monaco
    await page.goto(EXERCISE);
    await waitForMonaco(page);

    // Plain Tab from the top of the page (no skip link) gets to the editor without a trap.
    let presses = 0;
    while (!(await focusInEditor(page)) && presses < 300) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusInEditor(page), `editor not reached after ${presses} Tab presses`).toBe(true);

    // Escape leaves the editor: focus moves to the Check button.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();

    // Back in (Shift+Tab from Check, as the keyboard hint implies), then Ctrl+M makes Tab move focus out.
    await editorBox(page).focus();
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    expect(await focusInEditor(page), 'Tab after Ctrl+M should leave the editor').toBe(false);

    // Enter on the focused Check button grades; the Results region gets the goal list.
    await editorBox(page).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    const results = page.getByRole('region', { name: 'Results' });
    // The list holds "Not checked:" placeholders until the verdict summary appears.
    await expect(results.locator('.sc-results__summary')).toBeVisible();
    const goals = await results.getByRole('listitem').allInnerTexts();
    expect(goals.length).toBeGreaterThan(0);
    for (const g of goals) expect(g).toMatch(/^(✓|✗)?\s*(Passed|Not yet): /);
  });

  test('the skip link jumps past the navigation to the content', async ({ page }) => {
    await page.goto(EXERCISE);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /skip to content/i });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    let presses = 0;
    while (!(await focusInEditor(page)) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusInEditor(page), `editor not reached within 40 Tab presses after the skip link`).toBe(true);
  });
});
