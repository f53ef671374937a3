// "Show a solution": a reference solution next to the learner's attempt (which stays in the editor,
// untouched). Both are shown as text in <pre> blocks; the attempt follows the editor while open.

import type { ExerciseFile } from '../engine/exercises/types.ts';

/** Wire the solution toggle under `root`. `attempt()` reads the editor; `onSeen` records the reveal. */
export function bindSolution(root: HTMLElement, solutions: ExerciseFile[], attempt: () => string, onSeen: () => void) {
  const toggle = root.querySelector<HTMLButtonElement>('[data-solution-toggle]')!;
  const panel = root.querySelector<HTMLElement>('[data-solution]')!;
  const attemptEl = root.querySelector<HTMLElement>('[data-solution-attempt]')!;
  const textEl = root.querySelector<HTMLElement>('[data-solution-text]')!;
  const nameEl = root.querySelector<HTMLElement>('[data-solution-name]')!;
  const picks = [...root.querySelectorAll<HTMLButtonElement>('[data-solution-pick]')];
  let timer: ReturnType<typeof setInterval> | undefined;

  const pick = (i: number) => {
    const s = solutions[i];
    if (!s) return;
    textEl.textContent = s.text;
    nameEl.textContent = `Reference solution: ${s.name.replace(/\.Dockerfile$/, '')}${solutions.length > 1 ? ` (${i + 1} of ${solutions.length})` : ''}`;
    for (const p of picks) p.setAttribute('aria-pressed', String(Number(p.dataset.solutionPick) === i));
  };
  for (const p of picks) p.addEventListener('click', () => pick(Number(p.dataset.solutionPick)));

  toggle.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide the solution' : 'Show a solution next to your attempt';
    clearInterval(timer);
    if (open) {
      attemptEl.textContent = attempt();
      timer = setInterval(() => {
        const t = attempt();
        if (attemptEl.textContent !== t) attemptEl.textContent = t;
      }, 1000);
      pick(0);
      onSeen();
    }
  });
}
