// Grades a Dockerfile against an exercise: runs each declarative goal over the engine's model
// and simulation. Pure (no fs): the CLI and the site's worker call it with a loaded exercise.
// Warnings and rule findings are reported but never fail a grade; only goals do.

import type { Finding } from '../rules/index.ts';
import type { Exercise, GoalSpec } from '../exercises/types.ts';
import { analyze } from '../model.ts';
import { check } from '../rules/index.ts';
import { goalContext } from './context.ts';
import { GOAL_KINDS } from './goals/index.ts';

export { GOAL_KINDS } from './goals/index.ts';
export type { GoalKind, GoalOutcome } from './define.ts';

/** One goal's verdict. */
export interface GoalReport {
  id: string;
  title: string;
  passed: boolean;
  message: string;
  line?: number;
  points: number;
}

/** The result of grading one Dockerfile. */
export interface GradeReport {
  exercise: string;
  passed: boolean;
  goals: GoalReport[];
  findings: Finding[];
}

/** What grade() needs of an exercise (the full loaded Exercise fits). */
export type Gradable = Pick<Exercise, 'id' | 'goals' | 'context'>;

/** Parsed params per goal spec: a class of 1,000 submissions parses each goal's params once. */
const parsedParams = new WeakMap<GoalSpec, unknown>();

/** Run one goal; a broken goal or bad params fail that goal with an internal-error message. */
function runGoal(spec: GoalSpec, ctx: ReturnType<typeof goalContext>): GoalReport {
  const base = { id: spec.id, title: spec.title, points: spec.points ?? 1 };
  const kind = GOAL_KINDS[spec.kind];
  if (!kind) return { ...base, passed: false, message: `internal error: unknown goal kind "${spec.kind}"` };
  try {
    let params = parsedParams.get(spec);
    if (params === undefined) {
      params = kind.params.parse(spec.params ?? {});
      parsedParams.set(spec, params);
    }
    const out = kind.check(ctx, params);
    return { ...base, passed: out.passed, message: out.message, ...(out.line ? { line: out.line } : {}) };
  } catch (e) {
    return { ...base, passed: false, message: `internal error in goal ${spec.id} (${spec.kind}): ${(e as Error).message}` };
  }
}

/**
 * Grade `dockerfile` against `exercise`. Never throws. `findings: false` skips the checker's
 * rules (their findings never change the verdict; CSV and JUnit reports do not show them).
 */
export function grade(exercise: Gradable, dockerfile: string, opts: { findings?: boolean } = {}): GradeReport {
  const model = analyze(dockerfile);
  const ctx = goalContext(model, exercise.context);
  const goals = exercise.goals.map((g) => runGoal(g, ctx));
  let findings: Finding[] = [];
  if (opts.findings !== false) {
    try {
      findings = check(model);
    } catch {
      findings = [];
    }
  }
  return { exercise: exercise.id, passed: goals.every((g) => g.passed), goals, findings };
}
