// Spaced review for the quiz: a small Leitner scheme kept in the browser (inside the progress store).
// Missed items come back first, then items never seen, then the ones answered right longest ago.
// Pure functions: the state is plain data, time and randomness are passed in.

/** What the browser remembers about one item. */
export interface ItemReview {
  /** Leitner box: 0 = missed last time; each right answer moves it up one, up to MAX_BOX. */
  box: number;
  /** How often it was answered, and how often wrongly. */
  seen: number;
  wrong: number;
  /** When it was last answered (ISO date). */
  last: string;
}

/** Review state: item id → its record. */
export type ReviewState = Record<string, ItemReview>;

/** Highest box; an item there has been answered right MAX_BOX times in a row. */
export const MAX_BOX = 5;

/** The state after answering `id` (right or wrong) at `now`. Does not modify `state`. */
export function recordAnswer(state: ReviewState, id: string, correct: boolean, now: Date): ReviewState {
  const cur = state[id];
  const next: ItemReview = {
    box: correct ? Math.min(MAX_BOX, (cur ? cur.box : 0) + 1) : 0,
    seen: (cur?.seen ?? 0) + 1,
    wrong: (cur?.wrong ?? 0) + (correct ? 0 : 1),
    last: now.toISOString(),
  };
  return { ...state, [id]: next };
}

/** Whether the last answer to `r` was wrong. */
export const isMissed = (r: ItemReview | undefined): boolean => !!r && r.box === 0;

/**
 * `ids` in review order: missed items (oldest miss first), then unseen items (shuffled with `rand`),
 * then the rest by box (lowest first) and by how long ago they were answered (oldest first).
 */
export function reviewOrder(ids: readonly string[], state: ReviewState, rand: () => number): string[] {
  const missed = ids.filter((id) => isMissed(state[id])).sort((a, b) => state[a].last.localeCompare(state[b].last));
  const unseen = ids.filter((id) => !state[id]);
  for (let i = unseen.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [unseen[i], unseen[j]] = [unseen[j], unseen[i]];
  }
  const known = ids
    .filter((id) => state[id] && !isMissed(state[id]))
    .sort((a, b) => state[a].box - state[b].box || state[a].last.localeCompare(state[b].last));
  return [...missed, ...unseen, ...known];
}

/**
 * Pick `n` items for a round across topics: each topic's items in review order, then taken in turns
 * (missed items of every topic first), so a round mixes topics even when one topic has more misses.
 */
export function pickRound<T extends { id: string; module: string }>(items: readonly T[], state: ReviewState, n: number, rand: () => number): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const order = reviewOrder(items.map((i) => i.id), state, rand);
  const rank = new Map(order.map((id, k) => [id, k]));
  const topics = [...new Set(items.map((i) => i.module))];
  const queues = topics.map((t) => order.filter((id) => byId.get(id)!.module === t));
  const out: T[] = [];
  // Missed items first (in turns across topics), then the rest in turns.
  for (const onlyMissed of [true, false]) {
    let progress = true;
    while (out.length < n && progress) {
      progress = false;
      // The topic whose next item ranks best goes first in each turn.
      const turn = queues.filter((q) => q.length && (!onlyMissed || isMissed(state[q[0]]))).sort((a, b) => rank.get(a[0])! - rank.get(b[0])!);
      for (const q of turn) {
        if (out.length >= n) break;
        out.push(byId.get(q.shift()!)!);
        progress = true;
      }
    }
  }
  return out;
}
