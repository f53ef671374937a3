// The goal library, one kind per file, listed alphabetically. Exercises name these kinds in
// exercise.yaml; the schema (src/engine/exercises/schema.ts) validates their params.

import type { GoalKind } from '../define.ts';
import builds from './builds.ts';
import cgoDisabledForStatic from './cgo-disabled-for-static.ts';
import commandForm from './command-form.ts';
import echoOutput from './echo-output.ts';
import envReaches from './env-reaches.ts';
import expose from './expose.ts';
import filesBesideScript from './files-beside-script.ts';
import finalBase from './final-base.ts';
import finalLacksTools from './final-lacks-tools.ts';
import healthcheck from './healthcheck.ts';
import mavenJar from './maven-jar.ts';
import noErrorFindings from './no-error-findings.ts';
import nodeProductionDeps from './node-production-deps.ts';
import noRunProblems from './no-run-problems.ts';
import runs from './runs.ts';
import runsAsNonroot from './runs-as-nonroot.ts';
import sameRuntimeVersion from './same-runtime-version.ts';
import targetStage from './target-stage.ts';

/** Every goal kind, by kind id (alphabetical). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const GOAL_KINDS: Record<string, GoalKind<any>> = Object.fromEntries(
  [builds, cgoDisabledForStatic, commandForm, echoOutput, envReaches, expose, filesBesideScript, finalBase, finalLacksTools, healthcheck, mavenJar, noErrorFindings, nodeProductionDeps, noRunProblems, runs, runsAsNonroot, sameRuntimeVersion, targetStage]
    .sort((a, b) => a.kind.localeCompare(b.kind))
    .map((g) => [g.kind, g]),
);
