// The versioned shape of a learner's progress (localStorage and exported files), validated with zod
// before anything is read or written, so a corrupt or foreign file can never replace good data.

import { z } from 'zod';

/** Tag that marks a Stagecraft progress object (stored or exported). */
export const PROGRESS_FORMAT = 'stagecraft-progress';
/** The schema version this site writes and reads. Bump it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 2;
/** Longest draft kept per exercise (characters); longer drafts are not saved. */
export const MAX_DRAFT = 200_000;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case').max(100);
const isoDate = z.iso.datetime();

/** One exercise: whether it passed, the learner's draft and how many hints they opened. */
export const exerciseProgress = z.strictObject({
  passed: z.boolean(),
  passedAt: isoDate.optional(),
  draft: z.string().max(MAX_DRAFT).optional(),
  draftSavedAt: isoDate.optional(),
  hintsUsed: z.int().min(0).max(100),
  solutionSeen: z.boolean().optional(),
});

/** One quiz: the best score (kept for the quiz pages). */
export const quizProgress = z.strictObject({
  score: z.number().min(0),
  total: z.number().min(0),
  at: isoDate,
});

/**
 * Spaced review of one quiz item (src/lib/quiz/review.ts): Leitner box (0 = missed last time), how
 * often it was answered and missed, and when. Added in version 2.
 */
export const itemReview = z.strictObject({
  box: z.int().min(0).max(5),
  seen: z.int().min(0),
  wrong: z.int().min(0),
  last: isoDate,
});

/** Progress, version 1 (read from old files and storage, then migrated). */
export const progressV1 = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(1),
  exercises: z.record(id, exerciseProgress),
  quizzes: z.record(id, quizProgress),
  /** Set in exported files only. */
  exportedAt: isoDate.optional(),
});

/** Progress, version 2: version 1 plus the quiz's spaced-review state. */
export const progressV2 = progressV1.extend({
  version: z.literal(2),
  review: z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a quiz item id').max(100), itemReview),
});

/** Version 1 → 2: no review state yet. */
function migrateV1(p: z.infer<typeof progressV1>): Progress {
  return { ...p, version: 2, review: {} };
}

export type Progress = z.infer<typeof progressV2>;
export type ItemReview = z.infer<typeof itemReview>;
export type ExerciseProgress = z.infer<typeof exerciseProgress>;
export type QuizProgress = z.infer<typeof quizProgress>;

/** An empty progress object. */
export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exercises: {}, quizzes: {}, review: {} };
}

/** Either a valid Progress or a sentence saying why the input is not one. */
export type Parsed = { ok: true; progress: Progress } | { ok: false; error: string };

/** Validate any JSON value as progress, with a message a learner can act on. */
export function parseProgress(value: unknown): Parsed {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== PROGRESS_FORMAT)
    return { ok: false, error: 'This is not a Stagecraft progress file.' };
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_VERSION)
    return { ok: false, error: `This progress file was made by a newer Stagecraft (format version ${version}); this site reads version ${PROGRESS_VERSION}.` };
  const r = version === 1 ? progressV1.safeParse(value) : progressV2.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return { ok: false, error: `This progress file is damaged: ${where}: ${issue.message}.` };
  }
  return { ok: true, progress: r.data.version === 1 ? migrateV1(r.data) : (r.data as Progress) };
}

/** Parse file or storage text (JSON) as progress. */
export function parseProgressText(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so it is not a Stagecraft progress file.' };
  }
  return parseProgress(value);
}
