// Spaced review: missed items come back first, then unseen ones, then the rest by box and age;
// rounds mix topics.
import { describe, expect, it } from 'vitest';
import { MAX_BOX, pickRound, recordAnswer, reviewOrder, type ReviewState } from '../../src/lib/quiz/review.ts';
import { seeded } from '../../src/lib/quiz/random.ts';

const t = (min: number) => new Date(Date.UTC(2026, 0, 1, 0, min));

describe('recordAnswer', () => {
  it('moves right answers up one box and wrong answers back to box 0', () => {
    let s: ReviewState = {};
    s = recordAnswer(s, 'a', true, t(1));
    s = recordAnswer(s, 'a', true, t(2));
    expect(s.a).toEqual({ box: 2, seen: 2, wrong: 0, last: t(2).toISOString() });
    s = recordAnswer(s, 'a', false, t(3));
    expect(s.a).toEqual({ box: 0, seen: 3, wrong: 1, last: t(3).toISOString() });
    for (let k = 0; k < 10; k++) s = recordAnswer(s, 'a', true, t(4 + k));
    expect(s.a.box).toBe(MAX_BOX);
  });

  it('does not modify the state it is given', () => {
    const s: ReviewState = {};
    recordAnswer(s, 'a', true, t(1));
    expect(s).toEqual({});
  });
});

describe('reviewOrder', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  let s: ReviewState = {};
  s = recordAnswer(s, 'a', true, t(1)); // box 1
  s = recordAnswer(s, 'b', false, t(5)); // missed later
  s = recordAnswer(s, 'c', false, t(2)); // missed earlier
  s = recordAnswer(s, 'd', true, t(3));
  s = recordAnswer(s, 'd', true, t(4)); // box 2

  it('puts missed items first (oldest miss first), then unseen, then by box', () => {
    const order = reviewOrder(ids, s, seeded(1));
    expect(order.slice(0, 2)).toEqual(['c', 'b']);
    expect(new Set(order.slice(2, 4))).toEqual(new Set(['e', 'f']));
    expect(order.slice(4)).toEqual(['a', 'd']);
  });

  it('brings an item missed in one session to the front of the next', () => {
    const first = reviewOrder(ids, {}, seeded(2));
    const missed = first[4];
    let state: ReviewState = {};
    first.forEach((id, k) => (state = recordAnswer(state, id, id !== missed, t(k))));
    expect(reviewOrder(ids, state, seeded(3))[0]).toBe(missed);
  });

  it('orders equal boxes by how long ago they were answered', () => {
    let st: ReviewState = {};
    st = recordAnswer(st, 'x', true, t(9));
    st = recordAnswer(st, 'y', true, t(1));
    expect(reviewOrder(['x', 'y'], st, seeded(1))).toEqual(['y', 'x']);
  });
});

describe('pickRound', () => {
  const items = [
    ...['m1', 'm2', 'm3', 'm4'].map((id) => ({ id, module: 'multi-stage' })),
    ...['d1', 'd2', 'd3', 'd4'].map((id) => ({ id, module: 'distroless' })),
    ...['e1', 'e2', 'e3', 'e4'].map((id) => ({ id, module: 'entrypoint-cmd' })),
  ];

  it('mixes topics', () => {
    const round = pickRound(items, {}, 6, seeded(7));
    expect(round).toHaveLength(6);
    for (const m of ['multi-stage', 'distroless', 'entrypoint-cmd']) expect(round.filter((i) => i.module === m)).toHaveLength(2);
  });

  it('takes every missed item first, even several from one topic', () => {
    let s: ReviewState = {};
    for (const id of ['e2', 'e3', 'e4', 'm1']) s = recordAnswer(s, id, false, t(1));
    const round = pickRound(items, s, 5, seeded(7));
    expect(new Set(round.slice(0, 4).map((i) => i.id))).toEqual(new Set(['e2', 'e3', 'e4', 'm1']));
  });

  it('never repeats an item and stops when the bank runs out', () => {
    const round = pickRound(items, {}, 50, seeded(7));
    expect(round).toHaveLength(items.length);
    expect(new Set(round.map((i) => i.id)).size).toBe(items.length);
  });
});
