// The /progress/ page: shows what the store holds for each exercise, exports it to a JSON file and
// imports one (validated in full first; a refused file changes nothing and says why).

import { openProgressStore } from '../lib/progress/browser.ts';
import type { Progress } from '../lib/progress/schema.ts';
import { h } from './dom.ts';

/** Start the page under `root`. */
export function startProgressPage(root: HTMLElement) {
  const store = openProgressStore();
  const message = root.querySelector<HTMLElement>('[data-progress-message]')!;
  const say = (kind: 'ok' | 'error', text: string) => {
    message.dataset.kind = kind;
    message.textContent = text;
  };
  if (!store) {
    say('error', 'This browser does not let the site store data (private mode or blocked storage), so progress cannot be kept here.');
    return;
  }

  function render(p: Progress) {
    const rows = [...root.querySelectorAll<HTMLElement>('[data-progress-row]')];
    let passed = 0;
    for (const row of rows) {
      const e = p.exercises[row.dataset.progressRow!];
      const status = row.querySelector<HTMLElement>('[data-cell="status"]')!;
      const hints = row.querySelector<HTMLElement>('[data-cell="hints"]')!;
      if (e?.passed) passed++;
      status.dataset.state = e?.passed ? 'passed' : e?.draft !== undefined ? 'draft' : 'none';
      status.textContent = e?.passed
        ? `Passed${e.passedAt ? ` on ${new Date(e.passedAt).toLocaleDateString()}` : ''}${e.solutionSeen ? ' (solution viewed)' : ''}`
        : e?.draft !== undefined
          ? 'In progress (draft saved)'
          : 'Not started';
      hints.textContent = `${e?.hintsUsed ?? 0} of ${row.dataset.hints}`;
    }
    root.querySelector<HTMLElement>('[data-progress-summary]')!.textContent = `You passed ${passed} of ${rows.length} exercises.`;
    const quizzes = Object.entries(p.quizzes);
    const qBox = root.querySelector<HTMLElement>('[data-quizzes]')!;
    qBox.hidden = quizzes.length === 0;
    root.querySelector<HTMLElement>('[data-quiz-list]')!.replaceChildren(...quizzes.map(([id, q]) => h('li', {}, h('a', { href: `/quiz/${id}/` }, id), `: ${q.score} of ${q.total}`)));
  }

  render(store.read());
  store.subscribe(render);
  if (store.storedIsCorrupt()) say('error', 'The progress saved in this browser could not be read. It is kept as a backup and will not be overwritten without a copy; importing a file starts fresh progress.');

  root.querySelector<HTMLButtonElement>('[data-export]')!.addEventListener('click', () => {
    const blob = new Blob([store.exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `stagecraft-progress-${new Date().toISOString().slice(0, 10)}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('ok', 'Progress exported to a file.');
  });

  const input = root.querySelector<HTMLInputElement>('[data-import]')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 5_000_000) return say('error', `Not imported: ${file.name} is too large to be a progress file. Your saved progress is unchanged.`);
    const r = store.importText(await file.text());
    if (r.ok) say('ok', `Imported ${file.name}: ${r.exercises} exercise${r.exercises === 1 ? '' : 's'} (${r.passed} passed), merged with what was saved here.`);
    else say('error', `Not imported: ${r.error} Your saved progress is unchanged.`);
  });
}
