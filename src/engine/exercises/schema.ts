// Zod schema for exercises/<id>/exercise.yaml and the checks that span files (goal params per
// kind, `# fails:` lines naming real goals). Errors name the file, the field, what was expected
// and what was found, so an author can fix the data without reading code.

import { z } from 'zod';
import { GOAL_KINDS } from '../grade/goals/index.ts';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/** One goal in exercise.yaml (params are checked against the kind's own schema separately). */
export const goalSpecSchema = z.strictObject({
  id: kebab.describe('unique in the exercise; fail cases name it in `# fails: <id>`'),
  kind: z.string().refine((k) => k in GOAL_KINDS, { message: `one of the goal kinds: ${Object.keys(GOAL_KINDS).join(', ')}` }).describe('a goal kind from src/engine/grade/goals/'),
  title: z.string().min(3).describe('learner-facing: what to achieve'),
  points: z.number().int().positive().default(1).describe('classroom autograding points'),
  params: z.record(z.string(), z.unknown()).default({}).describe('kind-specific parameters'),
});

/** The exercise.yaml file. */
export const exerciseYamlSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(10).describe('one sentence for lists'),
  module: z.enum(['multi-stage', 'distroless', 'entrypoint-cmd', 'capstone']),
  order: z.number().int().positive().describe('position in the course'),
  difficulty: z.enum(['intro', 'core', 'stretch']).default('core'),
  goals: z.array(goalSpecSchema).min(1),
  hints: z.array(z.string().min(3)).min(1).describe('shown one at a time, in order'),
});

export type ExerciseYaml = z.infer<typeof exerciseYamlSchema>;

/** A problem in an exercise's files: where, which field, what was expected and what was found. */
export interface ExerciseIssue {
  file: string;
  field: string;
  expected: string;
  found: string;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function at(obj: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = obj;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[k] : undefined;
  return cur;
}

function issuesOf(file: string, prefix: string, err: z.ZodError, raw: unknown): ExerciseIssue[] {
  return err.issues.map((i) => ({
    file,
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)',
    expected: i.message,
    found: show(at(raw, i.path)),
  }));
}

/** Validate parsed exercise.yaml data, goal params included. Returns the data and every issue. */
export function validateExerciseYaml(raw: unknown, file = 'exercise.yaml'): { data: ExerciseYaml | null; issues: ExerciseIssue[] } {
  const r = exerciseYamlSchema.safeParse(raw);
  if (!r.success) return { data: null, issues: issuesOf(file, '', r.error, raw) };
  const issues: ExerciseIssue[] = [];
  const seen = new Set<string>();
  r.data.goals.forEach((g, k) => {
    if (seen.has(g.id)) issues.push({ file, field: `goals.${k}.id`, expected: 'an id not used by another goal', found: show(g.id) });
    seen.add(g.id);
    const kind = GOAL_KINDS[g.kind];
    const pr = kind.params.safeParse(g.params);
    if (!pr.success) issues.push(...issuesOf(file, `goals.${k}.params`, pr.error, g.params));
    else g.params = pr.data as Record<string, unknown>;
  });
  return { data: issues.length ? null : r.data, issues };
}

/** Format issues as lines: `exercises/x/exercise.yaml: goals.2.kind: expected …, found "…"`. */
export function formatIssues(issues: ExerciseIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.field}: expected ${i.expected}, found ${i.found}`).join('\n');
}
