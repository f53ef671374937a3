// Zod schemas for the quiz bank in content/quiz/ (multiple-choice files, predict-what-runs templates,
// interview cards). Errors name the file, the field, what was expected and what was found.

import { z } from 'zod';

/** The three quiz topics (one quiz page each at /quiz/<module>/). */
export const QUIZ_MODULES = ['multi-stage', 'distroless', 'entrypoint-cmd'] as const;
export type QuizModule = (typeof QUIZ_MODULES)[number];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');
const lesson = z
  .string()
  .regex(/^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'a lesson URL like /learn/<module>/<lesson>/ (optionally #anchor)')
  .describe('the lesson that teaches this; checked against content/learn/ at build time');
const source = z.string().min(3).describe('where the fact is checked: ERRATA.md n, SEMANTICS.md, a Docker docs URL');

/** One answer of a multiple-choice item. */
const choiceSchema = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Why this answer is wrong (shown in the review of misses). */
  why: z.string().optional(),
});

/** One multiple-choice item. Exactly one choice is correct. */
export const mcItemSchema = z
  .strictObject({
    id: kebab.describe('unique across the whole bank'),
    lesson,
    question: z.string().min(10),
    /** Optional Dockerfile shown under the question. */
    dockerfile: z.string().optional(),
    choices: z.array(choiceSchema).min(3, 'at least 3 choices').max(5, 'at most 5 choices'),
    explanation: z.string().min(20),
    source,
  })
  .refine((i) => i.choices.filter((c) => c.correct).length === 1, { message: 'exactly one choice with correct: true', path: ['choices'] });

/** content/quiz/multiple-choice/<module>.yaml */
export const mcFileSchema = z.strictObject({
  module: z.enum(QUIZ_MODULES),
  items: z.array(mcItemSchema).min(1),
});

/** The mistakes distractors are generated from (see src/lib/quiz/distractors.ts). */
export const MISTAKES = [
  'args-appended',
  'args-replace-entrypoint',
  'cmd-kept-after-entrypoint-flag',
  'entrypoint-flag-ignored',
  'entrypoint-split',
  'shell-as-exec',
  'exec-as-shell',
  'vars-expanded',
  'base-entrypoint-ignored',
  'inherited-cmd-kept',
  'other-stage',
  'no-command',
  'signal-flipped',
  'script-stays-pid1',
  'shell-stays-pid1',
] as const;
export type Mistake = (typeof MISTAKES)[number];

/** One `docker run` (optionally after `docker build --target`) to ask about. */
const runSchema = z.union([
  z.string().describe('docker run arguments, e.g. "", "Goodbye", "--entrypoint sh"'),
  z.strictObject({ args: z.string().default(''), target: z.string().optional() }),
]);

/** content/quiz/predict/<id>.yaml: a Dockerfile template × run options, answered by the engine. */
export const predictFileSchema = z
  .strictObject({
    id: kebab,
    module: z.enum(QUIZ_MODULES),
    lesson,
    /** argv: what the runtime executes; pid1: which process is PID 1 and whether SIGTERM reaches the app. */
    ask: z.enum(['argv', 'pid1']).default('argv'),
    /** Dockerfile text with `{{slot}}` placeholders. */
    template: z.string().min(10),
    /** Values per slot; items are generated for every combination. */
    slots: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a slot name like base or cmd'), z.array(z.string()).min(1)).default({}),
    runs: z.array(runSchema).min(1),
    /** Mistakes to draw distractors from; default all that apply. */
    mistakes: z.array(z.enum(MISTAKES)).optional(),
    explanation: z.string().min(20).describe('the general rule; the engine adds where each token came from'),
    source,
  })
  .refine((t) => Object.keys(t.slots).every((s) => t.template.includes(`{{${s}}}`)), {
    message: 'every slot used in the template as {{slot}}',
    path: ['slots'],
  })
  .refine((t) => [...t.template.matchAll(/\{\{([a-z0-9_]+)\}\}/g)].every((m) => m[1] in t.slots), {
    message: 'every {{placeholder}} in the template to have a slot',
    path: ['template'],
  });

/** content/quiz/cards.yaml: interview "explain it" cards. */
export const cardsFileSchema = z.strictObject({
  cards: z
    .array(
      z.strictObject({
        id: kebab,
        question: z.string().min(10),
        /** Model answer, Markdown-free plain paragraphs separated by blank lines. */
        answer: z.string().min(40),
        /** Follow-up questions an interviewer may ask next. */
        followUps: z.array(z.string()).default([]),
        /** Common wrong answers and why they are wrong. */
        pitfalls: z.array(z.string()).default([]),
        lessons: z.array(lesson).min(1),
        source,
      }),
    )
    .min(1),
});

export type McFile = z.infer<typeof mcFileSchema>;
export type PredictFile = z.infer<typeof predictFileSchema>;
export type CardsFile = z.infer<typeof cardsFileSchema>;

/** A problem in a quiz file: where, which field, what was expected and what was found. */
export interface QuizIssue {
  file: string;
  field: string;
  expected: string;
  found: string;
}

/** Short JSON rendering of a found value. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function at(obj: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = obj;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[k] : undefined;
  return cur;
}

/** Validate `raw` against `schema`; issues carry file/field/expected/found. */
export function validate<T>(schema: z.ZodType<T>, raw: unknown, file: string): { data: T | null; issues: QuizIssue[] } {
  const r = schema.safeParse(raw);
  if (r.success) return { data: r.data, issues: [] };
  return {
    data: null,
    issues: r.error.issues.map((i) => ({
      file,
      field: i.path.map(String).join('.') || '(root)',
      expected: i.message.replace(/^Invalid input: expected /, ''),
      found: show(at(raw, i.path)),
    })),
  };
}

/** Issues as lines: `content/quiz/predict/x.yaml: runs.2: expected …, found "…"`. */
export function formatIssues(issues: QuizIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.field}: expected ${i.expected}, found ${i.found}`).join('\n');
}
