// Runs a quiz page in the browser: picks a round (missed items first, from the spaced-review state in
// the progress store), asks one question at a time, scores, saves, and shows the misses to review.
// Interview mode adds the countdown and keeps feedback until the end.

import { pickRound, recordAnswer, reviewOrder, type ReviewState } from '../../lib/quiz/review.ts';
import { formatRemaining, roundDuration, startCountdown, type Countdown } from '../../lib/quiz/timer.ts';
import { chosen, itemViews, resetItem, revealItem, type ItemView } from './item-view.ts';

/** What the runner keeps: the progress store when the browser allows it, else memory only. */
interface Keeper {
  review(): ReviewState;
  record(id: string, right: boolean): void;
  score(quizId: string, score: number, total: number): void;
}

async function openKeeper(): Promise<Keeper> {
  let mem: ReviewState = {};
  // Loaded after first paint: the store brings the progress schema (zod) with it.
  const store = await import('../../lib/progress/browser.ts').then((m) => m.openProgressStore()).catch(() => null);
  return {
    review: () => (store ? store.read().review : mem),
    record: (id, right) => (store ? store.updateReview((r) => recordAnswer(r, id, right, new Date())) : (mem = recordAnswer(mem, id, right, new Date()))),
    score: (quizId, score, total) => store?.saveQuizScore(quizId, score, total),
  };
}

/** Start the quiz in `root` (a `.qz` section rendered by QuizRunner.astro). */
export function startQuiz(root: HTMLElement) {
  const interview = root.dataset.mode === 'interview';
  const quizId = root.dataset.quiz!;
  const size = Number(root.dataset.size);
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const list = q<HTMLOListElement>('[data-list]');
  const bar = q<HTMLElement>('[data-bar]');
  const progress = q<HTMLElement>('[data-progress]');
  const result = q<HTMLElement>('[data-result]');
  const finishBtn = q<HTMLButtonElement>('[data-finish]');
  const announce = q<HTMLElement>('[data-announce]');
  const pool = itemViews(root);
  const keeperReady = openKeeper();
  let round: ItemView[] = [];
  let picks = new Map<string, number | null>();
  let current = 0;
  let timer: Countdown | null = null;
  let started = 0;
  let running = false;

  root.classList.add('qz--js');
  q<HTMLElement>('[data-nojs]').hidden = true;

  function show(k: number, focus = true) {
    current = k;
    for (const v of round) v.el.hidden = v !== round[k];
    if (interview) progress.textContent = `Question ${k + 1} of ${round.length}`;
    // Not on page load: focus moves only after the learner acted.
    if (focus) round[k].el.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  }

  async function begin(focus = true) {
    const keeper = await keeperReady;
    const review = keeper.review();
    round = interview
      ? pickRound(pool, review, size, Math.random)
      : reviewOrder(pool.map((v) => v.id), review, Math.random).slice(0, size).map((id) => pool.find((v) => v.id === id)!);
    picks = new Map(round.map((v) => [v.id, null]));
    for (const v of pool) v.el.hidden = true;
    list.replaceChildren(...round.map((v) => v.el), ...pool.filter((v) => !round.includes(v)).map((v) => v.el));
    round.forEach((v, k) => resetItem(v, k + 1, round.length));
    if (interview) for (const v of round) v.el.querySelector<HTMLButtonElement>('[data-check]')!.textContent = 'Answer and continue';
    result.hidden = true;
    // The bar (progress and timer) is for the timed round; module quizzes number each question.
    bar.hidden = !interview;
    running = true;
    finishBtn.hidden = !interview;
    started = Date.now();
    if (interview) {
      const el = q<HTMLElement>('[data-timer]');
      let warned = false;
      timer = startCountdown(roundDuration(location.search), {
        onTick: (ms) => {
          el.textContent = formatRemaining(ms);
          if (!warned && ms <= 60_000 && ms > 0) {
            warned = true;
            announce.textContent = 'One minute left.';
          }
        },
        onExpire: () => {
          announce.textContent = 'Time is up.';
          void finish();
        },
      });
      el.textContent = formatRemaining(timer.remaining());
    }
    show(0, focus);
  }

  async function answer(v: ItemView) {
    const pick = chosen(v);
    if (pick === null) {
      v.el.querySelector<HTMLElement>('[data-nudge]')!.textContent = 'Choose an answer first.';
      return;
    }
    picks.set(v.id, pick);
    (await keeperReady).record(v.id, pick === v.answer);
    if (interview) {
      if (current + 1 < round.length) show(current + 1);
      else void finish();
      return;
    }
    revealItem(v, pick);
    const next = v.el.querySelector<HTMLButtonElement>('[data-next]')!;
    next.textContent = current + 1 < round.length ? 'Next question' : 'See your score';
    next.hidden = false;
    v.el.querySelector<HTMLElement>('[data-verdict]')!.focus();
  }

  async function finish() {
    if (!running) return;
    running = false;
    timer?.stop();
    timer = null;
    const right = round.filter((v) => picks.get(v.id) === v.answer).length;
    const unanswered = round.filter((v) => picks.get(v.id) === null).length;
    (await keeperReady).score(quizId, right, round.length);
    bar.hidden = true;
    const misses = round.filter((v) => picks.get(v.id) !== v.answer);
    for (const v of round) {
      v.el.hidden = !misses.includes(v);
      if (misses.includes(v)) revealItem(v, picks.get(v.id) ?? null);
      v.el.querySelector<HTMLButtonElement>('[data-next]')!.hidden = true;
    }
    const secs = Math.round((Date.now() - started) / 1000);
    q<HTMLElement>('[data-score]').textContent =
      `You answered ${right} of ${round.length} correctly` + (interview ? ` in ${formatRemaining(secs * 1000)}.` : '.') + (unanswered ? ` ${unanswered} not answered.` : '');
    q<HTMLElement>('[data-review-intro]').textContent = misses.length
      ? `Review your misses below: each one shows the right answer, why, and the lesson to read. They come back first next round.`
      : 'No misses. Start a new round for other questions.';
    result.hidden = false;
    result.focus();
  }

  root.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = round.find((x) => x.el.contains(e.target as Node));
    if (v && !v.el.classList.contains('qz-answered')) void answer(v);
  });
  root.addEventListener('click', (e) => {
    const t = e.target as HTMLElement;
    if (t.closest('[data-next]')) {
      if (current + 1 < round.length) show(current + 1);
      else void finish();
    } else if (t.closest('[data-again]')) void begin();
    else if (t.closest('[data-start]')) {
      q<HTMLElement>('[data-intro]').hidden = true;
      void begin();
    } else if (t.closest('[data-finish]')) void finish();
  });
  root.addEventListener('change', (e) => {
    const v = round.find((x) => x.el.contains(e.target as Node));
    if (v) v.el.querySelector<HTMLElement>('[data-nudge]')!.textContent = '';
  });

  if (interview) {
    for (const v of pool) v.el.hidden = true;
    q<HTMLElement>('[data-intro]').hidden = false;
  } else void begin(false);
}
