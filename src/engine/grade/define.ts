// The goal contract: a goal kind is declarative data (a zod schema for its params) plus one check
// over the engine's model and simulation. Exercises pick goal kinds and give params; the engine
// knows nothing about any particular exercise.

import type { z } from 'zod';
import type { GoalContext } from './context.ts';

/** What a goal check returns: whether it passed and, in plain words, why. */
export interface GoalOutcome {
  passed: boolean;
  /** Learner-facing: on failure what happens at build/run time and how to fix it; on success a short confirmation. */
  message: string;
  /** 1-based line the message is about (the instruction to change), when there is one. */
  line?: number;
}

/** One goal kind: its id, the schema of its params and its check. */
export interface GoalKind<P = unknown> {
  /** kebab-case id used as `kind:` in exercise.yaml. */
  kind: string;
  /** One sentence for exercise authors: what it checks. */
  description: string;
  params: z.ZodType<P>;
  check(ctx: GoalContext, params: P): GoalOutcome;
}

/** Declare a goal kind (identity function that keeps the types honest). */
export function defineGoal<P>(goal: GoalKind<P>): GoalKind<P> {
  return goal;
}

/** Shorthand for outcomes. */
export const pass = (message: string, line?: number): GoalOutcome => ({ passed: true, message, ...(line ? { line } : {}) });
export const fail = (message: string, line?: number): GoalOutcome => ({ passed: false, message, ...(line ? { line } : {}) });
