// `stagecraft grade --exercise ID <Dockerfile|-|DIR>...`: grade submissions against an exercise.
// A directory grades every `Dockerfile` / `*.Dockerfile` below it (a whole class in one call).
// Exit 0 when every goal passes for every file, 1 when not, 2 for usage and input errors.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { grade } from '../engine/grade/index.ts';
import { formatIssues } from '../engine/exercises/schema.ts';
import { readDockerfile, UsageError } from './io.ts';
import { walkArgs } from './args.ts';
import { exerciseIds, loadExercise } from './exercises-load.ts';
import { gradeCsv, gradeJson, gradeJunit, gradeText, type GradedFile } from './grade-format.ts';

const FORMATS = ['text', 'json', 'junit', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = 'usage: stagecraft grade --exercise ID <Dockerfile|-|DIR>... [--format text|json|junit|csv] [--goal GOAL-ID]...';

export interface GradeArgs {
  exercise: string;
  inputs: string[];
  format: Format;
  /** Only these goals (e.g. one classroom test per goal). */
  goals: string[];
}

/** Parse `grade`'s arguments (`--exercise x` and `--exercise=x` both work). */
export function parseGradeArgs(argv: string[]): GradeArgs {
  const inputs: string[] = [];
  const goals: string[] = [];
  let exercise: string | undefined;
  let format: Format = 'text';
  for (const { arg: a, name, value, rest } of walkArgs(argv, USAGE)) {
    if (name === '--exercise' || name === '-e') exercise = value();
    else if (name === '--format' || name === '-f') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}": use text, json, junit or csv`);
      format = v as Format;
    } else if (name === '--goal') goals.push(value());
    else if (a === '--') inputs.push(...rest());
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} (${USAGE})`);
    else inputs.push(a);
  }
  if (!exercise) throw new UsageError(`which exercise? --exercise ID is required (${USAGE}); \`stagecraft exercises\` lists the ids`);
  if (!inputs.length) throw new UsageError(`which Dockerfile? (${USAGE})`);
  return { exercise, inputs, format, goals };
}

const SKIP = new Set(['node_modules', '.git']);

/** Every Dockerfile / *.Dockerfile below `dir`, sorted. */
export function findDockerfiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch (e) {
      throw new UsageError(`cannot read directory ${d}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    for (const n of names) {
      if (SKIP.has(n)) continue;
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      // `dockerfile` too: docker build falls back to it when there is no `Dockerfile`.
      else if (n === 'Dockerfile' || n === 'dockerfile' || n.endsWith('.Dockerfile')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function isDir(p: string): boolean {
  try {
    return p !== '-' && statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Run `stagecraft grade`. */
export default function gradeCommand(argv: string[]): number {
  const args = parseGradeArgs(argv);
  const { exercise, issues } = loadExercise(args.exercise);
  if (!exercise) {
    if (!exerciseIds().includes(args.exercise)) throw new UsageError(`unknown exercise "${args.exercise}" (known: ${exerciseIds().join(', ')})`);
    throw new UsageError(`exercise ${args.exercise} is invalid: ${formatIssues(issues).replace(/\n/g, '; ')}`);
  }
  const unknownGoal = args.goals.find((g) => !exercise.goals.some((x) => x.id === g));
  if (unknownGoal) throw new UsageError(`exercise ${exercise.id} has no goal "${unknownGoal}" (goals: ${exercise.goals.map((g) => g.id).join(', ')})`);
  const gradable = args.goals.length ? { ...exercise, goals: exercise.goals.filter((g) => args.goals.includes(g.id)) } : exercise;
  const files: string[] = [];
  let sawDir = false;
  for (const input of args.inputs) {
    if (isDir(input)) {
      sawDir = true;
      const found = findDockerfiles(input);
      if (!found.length) throw new UsageError(`${input}: no Dockerfile or *.Dockerfile in this directory`);
      files.push(...found);
    } else files.push(input);
  }
  // Read everything first: an unreadable file stops the run before any output (exit 2).
  const texts = files.map((f) => readDockerfile(f));
  // Findings are part of the JSON contract; text shows them for a single file only.
  const findings = args.format === 'json' || (args.format === 'text' && files.length === 1);
  const graded: GradedFile[] = files.map((file, k) => ({ file: file === '-' ? 'stdin' : file, report: grade(gradable, texts[k], { findings }) }));
  const asArray = sawDir || files.length > 1;
  let out: string;
  if (args.format === 'json') out = gradeJson(graded, asArray);
  else if (args.format === 'junit') out = gradeJunit(graded);
  else if (args.format === 'csv') out = gradeCsv(graded);
  else out = gradeText(graded, { findings: graded.length === 1 });
  process.stdout.write(out);
  return graded.every((g) => g.report.passed) ? 0 : 1;
}
