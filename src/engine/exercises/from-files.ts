// Builds exercises from a flat map of file paths to texts, e.g. what Vite's
// `import.meta.glob('/exercises/**/*', { query: '?raw', import: 'default', eager: true })` returns,
// so the site loads exercises exactly as the CLI does (same assembler, same validation).

import type { Exercise } from './types.ts';
import { assembleExercise, type ExerciseSources } from './assemble.ts';
import type { ExerciseIssue } from './schema.ts';

/** Group `files` (paths like `/exercises/<id>/…` or `exercises/<id>/…`) by exercise folder. */
export function exerciseSources(files: Record<string, string>): ExerciseSources[] {
  const byId = new Map<string, ExerciseSources>();
  for (const [raw, text] of Object.entries(files)) {
    const m = /(?:^|\/)exercises\/([^/]+)\/(.+)$/.exec(raw.replace(/\\/g, '/'));
    if (!m) continue;
    const [, id, rest] = m;
    if (id === 'README.md' || !rest) continue;
    let src = byId.get(id);
    if (!src) {
      src = { id, dir: `exercises/${id}`, yaml: '', instructions: null, starter: null, context: {}, solutions: {}, cases: {} };
      byId.set(id, src);
    }
    if (rest === 'exercise.yaml') src.yaml = text;
    else if (rest === 'instructions.md') src.instructions = text;
    else if (rest === 'starter.Dockerfile') src.starter = text;
    else if (rest.startsWith('context/')) src.context[rest.slice('context/'.length)] = text;
    else if (/^solutions\/[^/]+\.Dockerfile$/.test(rest)) src.solutions[rest.slice('solutions/'.length)] = text;
    else if (/^cases\/[^/]+\.Dockerfile$/.test(rest)) src.cases[rest.slice('cases/'.length)] = text;
  }
  return [...byId.values()].filter((s) => s.yaml !== '').sort((a, b) => a.id.localeCompare(b.id));
}

/** Assemble every exercise in `files`; invalid ones are returned with their issues. */
export function exercisesFromFiles(files: Record<string, string>): { exercises: Exercise[]; invalid: { id: string; issues: ExerciseIssue[] }[] } {
  const exercises: Exercise[] = [];
  const invalid: { id: string; issues: ExerciseIssue[] }[] = [];
  for (const src of exerciseSources(files)) {
    const { exercise, issues } = assembleExercise(src);
    if (exercise) exercises.push(exercise);
    else invalid.push({ id: src.id, issues });
  }
  exercises.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { exercises, invalid };
}
