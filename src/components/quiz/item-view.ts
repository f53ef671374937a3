// The state of one rendered quiz item in the browser: cleared for a new round, or revealed with the
// learner's choice marked in text (not only colour) and the explanation opened.

/** One `.qz-item` element and what the runner needs to know about it. */
export interface ItemView {
  el: HTMLLIElement;
  id: string;
  module: string;
  answer: number;
}

/** Read the items of a quiz root. */
export function itemViews(root: HTMLElement): ItemView[] {
  return [...root.querySelectorAll<HTMLLIElement>('.qz-item')].map((el) => ({
    el,
    id: el.dataset.id!,
    module: el.dataset.module!,
    answer: Number(el.dataset.answer),
  }));
}

const radios = (v: ItemView) => [...v.el.querySelectorAll<HTMLInputElement>('input[type=radio]')];

/** The index of the checked choice, or null. */
export function chosen(v: ItemView): number | null {
  const r = radios(v).find((x) => x.checked);
  return r ? Number(r.value) : null;
}

/** Back to unanswered, numbered `n` of `total`. */
export function resetItem(v: ItemView, n: number, total: number) {
  v.el.classList.remove('qz-answered', 'qz-right', 'qz-wrong', 'qz-unanswered');
  v.el.querySelector<HTMLElement>('[data-num]')!.textContent = `Question ${n} of ${total}`;
  for (const r of radios(v)) {
    r.checked = false;
    r.disabled = false;
  }
  for (const m of v.el.querySelectorAll<HTMLElement>('[data-mark]')) m.textContent = '';
  for (const l of v.el.querySelectorAll('.qz-choice')) l.classList.remove('qz-choice--correct', 'qz-choice--chosen');
  v.el.querySelector<HTMLElement>('[data-nudge]')!.textContent = '';
  v.el.querySelector<HTMLButtonElement>('[data-check]')!.hidden = false;
  v.el.querySelector<HTMLButtonElement>('[data-next]')!.hidden = true;
  v.el.querySelector<HTMLDetailsElement>('.qz-answer')!.open = false;
}

/** Show the answer: mark the right choice and the learner's (`pick`, null = not answered). */
export function revealItem(v: ItemView, pick: number | null) {
  const right = pick === v.answer;
  v.el.classList.add('qz-answered', pick === null ? 'qz-unanswered' : right ? 'qz-right' : 'qz-wrong');
  const labels = [...v.el.querySelectorAll<HTMLElement>('.qz-choice')];
  labels.forEach((l, k) => {
    const mark = l.querySelector<HTMLElement>('[data-mark]')!;
    if (k === v.answer) {
      l.classList.add('qz-choice--correct');
      mark.textContent = pick === k ? '✓ Your answer, right' : '✓ Right answer';
    } else if (k === pick) {
      l.classList.add('qz-choice--chosen');
      mark.textContent = '✗ Your answer';
    }
  });
  for (const r of radios(v)) {
    r.checked = Number(r.value) === pick;
    r.disabled = true;
  }
  v.el.querySelector<HTMLElement>('[data-verdict]')!.textContent = pick === null ? 'Not answered.' : right ? 'Correct.' : 'Not quite.';
  const why = pick !== null && !right ? (labels[pick]?.querySelector<HTMLElement>('[data-why]')?.textContent ?? '') : '';
  v.el.querySelector<HTMLElement>('[data-why-out]')!.textContent = why;
  v.el.querySelector<HTMLButtonElement>('[data-check]')!.hidden = true;
  v.el.querySelector<HTMLDetailsElement>('.qz-answer')!.open = true;
}
