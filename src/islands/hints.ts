// Stepped hints: one button ("Show hint 2 of 5") reveals the next hint; hints already opened in an
// earlier visit are shown again. Hint text is author Markdown-ish; it is shown as text with `code`.

import { h } from './dom.ts';

/** Hint text with `backticks` as <code>, everything else as text. */
export function hintNodes(text: string): (string | HTMLElement)[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? h('code', {}, part.slice(1, -1)) : part));
}

/** Wire the hints list and button under `root`; `onUse(count)` records how many are open. */
export function bindHints(root: HTMLElement, hints: string[], alreadyUsed: number, onUse: (count: number) => void) {
  const list = root.querySelector<HTMLElement>('[data-hints]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-hint-next]');
  const done = root.querySelector<HTMLElement>('[data-hints-done]')!;
  let shown = 0;
  const show = (n: number) => {
    while (shown < Math.min(n, hints.length)) {
      list.append(h('li', { class: 'sc-hint' }, ...hintNodes(hints[shown]!)));
      shown++;
    }
    if (button) {
      button.hidden = shown >= hints.length;
      button.textContent = `Show hint ${shown + 1} of ${hints.length}`;
    }
    done.hidden = !(hints.length && shown >= hints.length);
  };
  show(alreadyUsed);
  button?.addEventListener('click', () => {
    show(shown + 1);
    onUse(shown);
    (list.lastElementChild as HTMLElement | null)?.setAttribute('tabindex', '-1');
    if (button.hidden) (list.lastElementChild as HTMLElement | null)?.focus();
  });
}
