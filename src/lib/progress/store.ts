// The learner's progress in the browser: one localStorage entry, validated on every read, written
// only with valid data, exported to and merged from files. Storage is injected so tests run in Node.

import { MAX_DRAFT, emptyProgress, parseProgressText, type ExerciseProgress, type Progress } from './schema.ts';

/** The localStorage key holding the progress JSON. */
export const STORAGE_KEY = 'stagecraft:progress';

/** The part of the Web Storage API the store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Result of importing a file: what changed, or why nothing did. */
export type ImportResult = { ok: true; exercises: number; passed: number } | { ok: false; error: string };

const now = () => new Date().toISOString();
const blank = (): ExerciseProgress => ({ passed: false, hintsUsed: 0 });

/** Merge two progress objects: nothing passed is forgotten, the newer draft wins, hint counts take the maximum. */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
  const out: Progress = structuredClone(base);
  for (const [id, inc] of Object.entries(incoming.exercises)) {
    const cur = out.exercises[id];
    if (!cur) {
      out.exercises[id] = structuredClone(inc);
      continue;
    }
    const incNewer = (inc.draftSavedAt ?? '') > (cur.draftSavedAt ?? '');
    out.exercises[id] = {
      passed: cur.passed || inc.passed,
      ...(cur.passedAt || inc.passedAt ? { passedAt: [cur.passedAt, inc.passedAt].filter(Boolean).sort()[0] } : {}),
      ...(incNewer && inc.draft !== undefined ? { draft: inc.draft, draftSavedAt: inc.draftSavedAt } : cur.draft !== undefined ? { draft: cur.draft, draftSavedAt: cur.draftSavedAt } : {}),
      hintsUsed: Math.max(cur.hintsUsed, inc.hintsUsed),
      ...(cur.solutionSeen || inc.solutionSeen ? { solutionSeen: true } : {}),
    };
  }
  // Spaced review: per item, the record answered most recently wins.
  for (const [id, r] of Object.entries(incoming.review)) {
    const cur = out.review[id];
    if (!cur || r.last > cur.last) out.review[id] = structuredClone(r);
  }
  for (const [id, q] of Object.entries(incoming.quizzes)) {
    const cur = out.quizzes[id];
    if (!cur || q.score / (q.total || 1) > cur.score / (cur.total || 1)) out.quizzes[id] = structuredClone(q);
  }
  return out;
}

/** A progress store over `storage` (window.localStorage in the browser). */
export class ProgressStore {
  private readonly storage: KeyValueStorage;
  private readonly listeners = new Set<(p: Progress) => void>();

  constructor(storage: KeyValueStorage) {
    this.storage = storage;
  }

  /** The saved progress; empty when nothing (or nothing valid) is stored. */
  read(): Progress {
    const text = this.storage.getItem(STORAGE_KEY);
    if (text === null) return emptyProgress();
    const r = parseProgressText(text);
    return r.ok ? r.progress : emptyProgress();
  }

  /** Whether the stored entry exists but is not valid progress (it is backed up before the next write). */
  storedIsCorrupt(): boolean {
    const text = this.storage.getItem(STORAGE_KEY);
    return text !== null && !parseProgressText(text).ok;
  }

  /** Call `fn` after every successful write. Returns an unsubscribe function. */
  subscribe(fn: (p: Progress) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private write(p: Progress) {
    const text = this.storage.getItem(STORAGE_KEY);
    // Never overwrite an entry we cannot read without keeping a copy of it.
    if (text !== null && !parseProgressText(text).ok) this.storage.setItem(`${STORAGE_KEY}:unreadable-backup`, text);
    this.storage.setItem(STORAGE_KEY, JSON.stringify(p));
    for (const fn of this.listeners) fn(p);
  }

  private update(id: string, fn: (e: ExerciseProgress) => ExerciseProgress) {
    const p = this.read();
    p.exercises[id] = fn(p.exercises[id] ?? blank());
    this.write(p);
  }

  /** The progress of one exercise (a blank record when none). */
  exercise(id: string): ExerciseProgress {
    return this.read().exercises[id] ?? blank();
  }

  /** Record that `id` passed (keeps the first pass date). */
  markPassed(id: string) {
    this.update(id, (e) => ({ ...e, passed: true, passedAt: e.passedAt ?? now() }));
  }

  /** Save the learner's draft; returns false when it is too long to keep. */
  saveDraft(id: string, draft: string): boolean {
    if (draft.length > MAX_DRAFT) return false;
    this.update(id, (e) => ({ ...e, draft, draftSavedAt: now() }));
    return true;
  }

  /** Forget the draft (after a reset to the starter). */
  clearDraft(id: string) {
    this.update(id, ({ draft: _d, draftSavedAt: _s, ...rest }) => rest);
  }

  /** Record that `count` hints are open (never decreases). */
  useHints(id: string, count: number) {
    this.update(id, (e) => ({ ...e, hintsUsed: Math.max(e.hintsUsed, Math.min(100, Math.floor(count))) }));
  }

  /** Record that the learner looked at a reference solution. */
  markSolutionSeen(id: string) {
    this.update(id, (e) => ({ ...e, solutionSeen: true }));
  }

  /** Replace the quiz's spaced-review state with `fn(current)` (src/lib/quiz/review.ts computes it). */
  updateReview(fn: (review: Progress['review']) => Progress['review']) {
    const p = this.read();
    p.review = fn(p.review);
    this.write(p);
  }

  /** Record a quiz round's score; keeps the best score per quiz (`quizId` is a /quiz/<id>/ page). */
  saveQuizScore(quizId: string, score: number, total: number) {
    const p = this.read();
    const cur = p.quizzes[quizId];
    if (!cur || score / (total || 1) >= cur.score / (cur.total || 1)) p.quizzes[quizId] = { score, total, at: now() };
    this.write(p);
  }

  /** The progress as an export file (pretty JSON, with its export date). */
  exportText(): string {
    return `${JSON.stringify({ ...this.read(), exportedAt: now() }, null, 2)}\n`;
  }

  /**
   * Merge an exported file into the saved progress. The whole file is validated first: a corrupt or
   * foreign file changes nothing and says why.
   */
  importText(text: string): ImportResult {
    const r = parseProgressText(text);
    if (!r.ok) return r;
    const { exportedAt: _e, ...incoming } = r.progress;
    const merged = mergeProgress(this.read(), incoming);
    this.write(merged);
    const entries = Object.values(incoming.exercises);
    return { ok: true, exercises: entries.length, passed: entries.filter((e) => e.passed).length };
  }
}
