// The loaded form of an exercise: a plain JSON-able object that the CLI (from disk) and the site
// (at build time) both produce and that `grade()` consumes. No functions, no class instances.

/** One goal as written in exercise.yaml: a goal kind from the library plus its params. */
export interface GoalSpec {
  /** kebab-case, unique in the exercise; named by `# fails:` lines of fail cases. */
  id: string;
  /** A goal kind from src/engine/grade/goals/ (e.g. `final-base`). */
  kind: string;
  /** What the learner must achieve, in their words ("The final image has no Go toolchain"). */
  title: string;
  /** Points for classroom autograding (default 1). */
  points: number;
  /** Kind-specific parameters, validated by the kind's schema. */
  params: Record<string, unknown>;
}

/** A Dockerfile that ships with the exercise (solution or test case). */
export interface ExerciseFile {
  /** File name, e.g. `venv.Dockerfile`, `fail-shell-form.Dockerfile`. */
  name: string;
  text: string;
}

/** A should-pass or should-fail submission. */
export interface ExerciseCase extends ExerciseFile {
  expect: 'pass' | 'fail';
  /** For fail cases: the goal id named in the first-line `# fails: goal-id` comment. */
  fails: string | null;
}

export interface Exercise {
  /** Folder name, kebab-case; public (instructors and the CLI use it). */
  id: string;
  title: string;
  summary: string;
  /** Course module the exercise belongs to. */
  module: 'multi-stage' | 'distroless' | 'entrypoint-cmd' | 'capstone';
  /** Position within the course (1-based). */
  order: number;
  difficulty: 'intro' | 'core' | 'stretch';
  goals: GoalSpec[];
  /** Shown one at a time, in order. */
  hints: string[];
  /** Markdown from instructions.md. */
  instructions: string;
  /** Build-context files the learner's Dockerfile sees: path relative to context/ → content. */
  context: Record<string, string>;
  starter: string;
  solutions: ExerciseFile[];
  cases: ExerciseCase[];
}
