// `stagecraft exercises [--json]`: list the exercise ids (for --exercise) with their titles.

import type { Exercise } from '../engine/exercises/types.ts';
import { formatIssues } from '../engine/exercises/schema.ts';
import { exerciseIds, loadExercise } from './exercises-load.ts';
import { UsageError } from './io.ts';

/** Run `stagecraft exercises`. */
export default function exercisesCommand(argv: string[]): number {
  const json = argv.includes('--json');
  const bad = argv.find((a) => a !== '--json');
  if (bad) throw new UsageError(`unknown argument ${bad} (usage: stagecraft exercises [--json])`);
  // An invalid exercise (e.g. one being written) is reported on stderr; the others are listed.
  const list: Exercise[] = [];
  for (const id of exerciseIds()) {
    const { exercise, issues } = loadExercise(id);
    if (exercise) list.push(exercise);
    else process.stderr.write(`stagecraft exercises: skipping invalid exercise ${id}: ${formatIssues(issues.slice(0, 1))}\n`);
  }
  list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  if (json) {
    const data = list.map((e) => ({ id: e.id, title: e.title, summary: e.summary, module: e.module, order: e.order, goals: e.goals.map((g) => ({ id: g.id, title: g.title, points: g.points })) }));
    process.stdout.write(JSON.stringify(data, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...list.map((e) => e.id.length), 2);
  for (const e of list) process.stdout.write(`${e.id.padEnd(width)}  ${e.title}\n`);
  return 0;
}
