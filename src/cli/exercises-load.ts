// Loads exercises/<id>/ folders from disk (Node only) into the plain Exercise objects that
// grade() takes, via the same pure assembleExercise() the site's build uses.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exercise } from '../engine/exercises/types.ts';
import { assembleExercise } from '../engine/exercises/assemble.ts';
import { formatIssues, type ExerciseIssue } from '../engine/exercises/schema.ts';

/** The repository's exercises/ directory. */
export const EXERCISES_DIR = fileURLToPath(new URL('../../exercises/', import.meta.url));

const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null);

function walk(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, root, out);
    else out[relative(root, p).split(sep).join('/')] = readFileSync(p, 'utf8');
  }
  return out;
}

function dockerfiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.Dockerfile')) out[name] = readFileSync(join(dir, name), 'utf8');
  return out;
}

/** Ids of every exercise folder (those holding an exercise.yaml), sorted. */
export function exerciseIds(root = EXERCISES_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((d) => existsSync(join(root, d, 'exercise.yaml'))).sort();
}

/** Load one exercise; `issues` lists every problem when it is invalid. */
export function loadExercise(id: string, root = EXERCISES_DIR): { exercise: Exercise | null; issues: ExerciseIssue[] } {
  const dir = join(root, id);
  return assembleExercise({
    id,
    dir: `exercises/${id}`,
    yaml: read(join(dir, 'exercise.yaml')) ?? '',
    instructions: read(join(dir, 'instructions.md')),
    starter: read(join(dir, 'starter.Dockerfile')),
    context: walk(join(dir, 'context')),
    solutions: dockerfiles(join(dir, 'solutions')),
    cases: dockerfiles(join(dir, 'cases')),
  });
}

/** Load one exercise or throw an Error listing its issues. */
export function loadExerciseOrThrow(id: string, root = EXERCISES_DIR): Exercise {
  const { exercise, issues } = loadExercise(id, root);
  if (!exercise) throw new Error(`invalid exercise ${id}:\n${formatIssues(issues)}`);
  return exercise;
}

/** Every exercise, sorted by course order then id. Invalid ones throw. */
export function loadAllExercises(root = EXERCISES_DIR): Exercise[] {
  return exerciseIds(root).map((id) => loadExerciseOrThrow(id, root)).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
