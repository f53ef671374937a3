// Shared steps for the accessibility browser tests: set the Starlight theme before a page loads,
// run axe-core's WCAG 2.1 A/AA rules, and find what makes a page wider than a phone screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Widths checked: a desktop and a phone (iPhone 12-15 class, 390 CSS px). */
export const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Starlight's two colour themes. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Make the next page load start in `theme` (Starlight reads localStorage key `starlight-theme`). */
export async function useTheme(page: Page, theme: Theme) {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

/** The page really shows `theme` (guards against the init script silently not applying). */
export async function expectTheme(page: Page, theme: Theme) {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** axe tags for WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Known findings outside this project's code, each with why it is accepted. Starlight's search
 * button is named "Search" and shows "Search" plus the shortcut hint "Ctrl K"; axe counts the hint as
 * part of the visible label (label-content-name-mismatch). The visible word is in the name, which is
 * what WCAG 2.5.3 asks; the hint is Starlight's (node_modules/@astrojs/starlight/components/Search.astro).
 */
const ACCEPTED = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

/** Run axe on the page; return the serious and critical violations, one readable line per node. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !ACCEPTED.some((a) => a.rule === v.id && n.target.join(' ') === a.target))
        .map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`),
    );
}

/**
 * Elements that stick out past the right edge of the viewport without being inside a scrolling
 * container of their own (what makes the whole page scroll sideways on a phone).
 */
export async function overflowCulprits(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= vw) return { scrollWidth, innerWidth: vw, culprits: [] };
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const ox = getComputedStyle(e).overflowX;
        if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
      }
      return false;
    };
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      // Absolutely positioned boxes escape a scroller that is not their containing block.
      const escapes = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
      if (r.width === 0 || r.right <= vw + 0.5 || (scrolls(el.parentElement) && !escapes)) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      culprits.push(`${el.tagName.toLowerCase()}${id}${cls} right=${Math.round(r.right)}`);
    }
    return { scrollWidth, innerWidth: vw, culprits: culprits.slice(0, 8) };
  });
}
