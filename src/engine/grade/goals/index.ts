// The goal library, one kind per file, listed alphabetically. Exercises name these kinds in
// exercise.yaml; the schema (src/engine/exercises/schema.ts) validates their params.

import type { GoalKind } from '../define.ts';
import builds from './builds.ts';
import cgoDisabledForStatic from './cgo-disabled-for-static.ts';
import commandForm from './command-form.ts';
import finalBase from './final-base.ts';
import finalLacksTools from './final-lacks-tools.ts';
import noRunProblems from './no-run-problems.ts';
import runs from './runs.ts';

/** Every goal kind, by kind id. */
export const GOAL_KINDS: Record<string, GoalKind<any>> = Object.fromEntries(
  [builds, cgoDisabledForStatic, commandForm, finalBase, finalLacksTools, noRunProblems, runs]
    .sort((a, b) => a.kind.localeCompare(b.kind))
    .map((g) => [g.kind, g]),
);
