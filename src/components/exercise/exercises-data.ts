// Build-time loader for the site: reads every exercises/<id>/ folder through Vite's import.meta.glob
// and hands the raw text to the same pure assembleExercise() the CLI's loader uses (no logic copied).

import type { Exercise } from '../../engine/exercises/types.ts';
import { assembleExercise } from '../../engine/exercises/assemble.ts';
import { formatIssues } from '../../engine/exercises/schema.ts';

const raw = (files: Record<string, string>) => files;
const yamls = raw(import.meta.glob<string>('/exercises/*/exercise.yaml', { query: '?raw', import: 'default', eager: true }));
const instructions = raw(import.meta.glob<string>('/exercises/*/instructions.md', { query: '?raw', import: 'default', eager: true }));
const starters = raw(import.meta.glob<string>('/exercises/*/starter.Dockerfile', { query: '?raw', import: 'default', eager: true }));
const contexts = raw(import.meta.glob<string>(['/exercises/*/context/**/*', '/exercises/*/context/**/.*'], { query: '?raw', import: 'default', eager: true }));
const solutions = raw(import.meta.glob<string>('/exercises/*/solutions/*.Dockerfile', { query: '?raw', import: 'default', eager: true }));
const cases = raw(import.meta.glob<string>('/exercises/*/cases/*.Dockerfile', { query: '?raw', import: 'default', eager: true }));

/** Files of `glob` under `/exercises/<id>/<sub>/`, keyed by their path below that folder. */
function under(glob: Record<string, string>, id: string, sub: string): Record<string, string> {
  const prefix = `/exercises/${id}/${sub}/`;
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(glob)) if (path.startsWith(prefix)) out[path.slice(prefix.length)] = text;
  return out;
}

/** Every exercise, validated, sorted by course order then id. An invalid exercise fails the build. */
export function loadSiteExercises(): Exercise[] {
  return Object.keys(yamls)
    .map((path) => path.split('/').at(-2)!)
    .map((id) => {
      const { exercise, issues } = assembleExercise({
        id,
        dir: `exercises/${id}`,
        yaml: yamls[`/exercises/${id}/exercise.yaml`] ?? '',
        instructions: instructions[`/exercises/${id}/instructions.md`] ?? null,
        starter: starters[`/exercises/${id}/starter.Dockerfile`] ?? null,
        context: under(contexts, id, 'context'),
        solutions: under(solutions, id, 'solutions'),
        cases: under(cases, id, 'cases'),
      });
      if (!exercise) throw new Error(`invalid exercise ${id}:\n${formatIssues(issues)}`);
      return exercise;
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** What the browser needs to grade and coach one exercise (no test cases, no instructions). */
export interface ClientExercise {
  id: string;
  title: string;
  starter: string;
  goals: Exercise['goals'];
  context: Exercise['context'];
  hints: string[];
  solutions: Exercise['solutions'];
}

/** Strip an exercise to the data its page ships to the browser. */
export function clientExercise(e: Exercise): ClientExercise {
  return { id: e.id, title: e.title, starter: e.starter, goals: e.goals, context: e.context, hints: e.hints, solutions: e.solutions };
}
