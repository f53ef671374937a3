// The quiz's additions to the progress store (schema version 2): spaced-review state and best scores
// are saved, exported, imported and merged; version 1 files still import.
import { describe, expect, it } from 'vitest';
import { ProgressStore, STORAGE_KEY, type KeyValueStorage } from '../../src/lib/progress/store.ts';
import { PROGRESS_FORMAT, parseProgressText } from '../../src/lib/progress/schema.ts';
import { recordAnswer, reviewOrder } from '../../src/lib/quiz/review.ts';
import { seeded } from '../../src/lib/quiz/random.ts';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('quiz review in the progress store', () => {
  it('keeps answers, and a missed item comes first after a reload', () => {
    const storage = memory();
    const a = new ProgressStore(storage);
    a.updateReview((r) => recordAnswer(recordAnswer(r, 'ec-one', true, new Date('2026-01-01T00:00:00Z')), 'ec-two', false, new Date('2026-01-01T00:01:00Z')));
    const b = new ProgressStore(storage);
    expect(b.read().review['ec-two']).toMatchObject({ box: 0, wrong: 1 });
    expect(reviewOrder(['ec-one', 'ec-two', 'ec-three'], b.read().review, seeded(1))[0]).toBe('ec-two');
  });

  it('includes review state and scores in the export, and imports them elsewhere', () => {
    const a = new ProgressStore(memory());
    a.updateReview((r) => recordAnswer(r, 'dl-x', false, new Date('2026-01-01T00:00:00Z')));
    a.saveQuizScore('interview', 7, 10);
    const text = a.exportText();
    expect(JSON.parse(text)).toMatchObject({ version: 2, review: { 'dl-x': { box: 0 } }, quizzes: { interview: { score: 7, total: 10 } } });
    const b = new ProgressStore(memory());
    expect(b.importText(text).ok).toBe(true);
    expect(b.read().review['dl-x']).toMatchObject({ box: 0, wrong: 1 });
    expect(b.read().quizzes.interview).toMatchObject({ score: 7, total: 10 });
  });

  it('merges review records by the most recent answer', () => {
    const a = new ProgressStore(memory());
    a.updateReview((r) => recordAnswer(r, 'q', false, new Date('2026-01-02T00:00:00Z')));
    const older = new ProgressStore(memory());
    older.updateReview((r) => recordAnswer(r, 'q', true, new Date('2026-01-01T00:00:00Z')));
    a.importText(older.exportText());
    expect(a.read().review.q.box).toBe(0);
    const newer = new ProgressStore(memory());
    newer.updateReview((r) => recordAnswer(r, 'q', true, new Date('2026-01-03T00:00:00Z')));
    a.importText(newer.exportText());
    expect(a.read().review.q.box).toBe(1);
  });

  it('keeps the best score per quiz', () => {
    const a = new ProgressStore(memory());
    a.saveQuizScore('distroless', 8, 10);
    a.saveQuizScore('distroless', 5, 10);
    expect(a.read().quizzes.distroless).toMatchObject({ score: 8, total: 10 });
  });

  it('reads version 1 progress (before review existed) and migrates it', () => {
    const v1 = { format: PROGRESS_FORMAT, version: 1, exercises: { 'go-multistage': { passed: true, hintsUsed: 1 } }, quizzes: {} };
    const r = parseProgressText(JSON.stringify(v1));
    expect(r).toMatchObject({ ok: true, progress: { version: 2, review: {}, exercises: { 'go-multistage': { passed: true } } } });
    const storage = memory();
    storage.setItem(STORAGE_KEY, JSON.stringify(v1));
    const s = new ProgressStore(storage);
    s.updateReview((rv) => recordAnswer(rv, 'q', true, new Date('2026-01-01T00:00:00Z')));
    expect(s.read().exercises['go-multistage'].passed).toBe(true);
  });

  it('refuses a file whose review state is damaged, changing nothing', () => {
    const s = new ProgressStore(memory());
    s.saveQuizScore('distroless', 3, 10);
    const bad = { format: PROGRESS_FORMAT, version: 2, exercises: {}, quizzes: {}, review: { q: { box: 9, seen: 1, wrong: 0, last: 'yesterday' } } };
    expect(s.importText(JSON.stringify(bad))).toMatchObject({ ok: false });
    expect(s.read().quizzes.distroless.score).toBe(3);
  });
});
