// Turns the raw files of one exercise folder into the loaded, validated Exercise object. Pure:
// the CLI loader (node:fs) and the site's build-time loader (import.meta.glob) both call it.

import { parse as parseYaml } from 'yaml';
import type { Exercise, ExerciseCase, ExerciseFile } from './types.ts';
import { validateExerciseYaml, type ExerciseIssue } from './schema.ts';

/** The raw text of an exercise folder, keyed like the folder layout. */
export interface ExerciseSources {
  id: string;
  /** Directory shown in messages, e.g. `exercises/go-multistage`. */
  dir: string;
  yaml: string;
  instructions: string | null;
  starter: string | null;
  /** context/ files: relative path → content. */
  context: Record<string, string>;
  /** solutions/*.Dockerfile: file name → text. */
  solutions: Record<string, string>;
  /** cases/*.Dockerfile: file name → text. */
  cases: Record<string, string>;
}

const FAILS = /^#\s*fails:\s*([a-z0-9-]+)\s*$/;

/** Assemble and validate an exercise; returns it, or null with every issue found. */
export function assembleExercise(src: ExerciseSources): { exercise: Exercise | null; issues: ExerciseIssue[] } {
  const issues: ExerciseIssue[] = [];
  const yamlFile = `${src.dir}/exercise.yaml`;
  let raw: unknown;
  try {
    raw = parseYaml(src.yaml);
  } catch (e) {
    return { exercise: null, issues: [{ file: yamlFile, field: '(root)', expected: 'valid YAML', found: (e as Error).message.split('\n')[0] }] };
  }
  const { data, issues: yamlIssues } = validateExerciseYaml(raw, yamlFile);
  issues.push(...yamlIssues);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(src.id)) issues.push({ file: src.dir, field: 'id', expected: 'a kebab-case folder name', found: JSON.stringify(src.id) });
  if (src.instructions === null) issues.push({ file: `${src.dir}/instructions.md`, field: '(file)', expected: 'a Markdown file', found: 'nothing' });
  if (src.starter === null) issues.push({ file: `${src.dir}/starter.Dockerfile`, field: '(file)', expected: 'a Dockerfile', found: 'nothing' });
  if (Object.keys(src.solutions).length === 0) issues.push({ file: `${src.dir}/solutions/`, field: '(dir)', expected: 'at least one *.Dockerfile', found: 'nothing' });
  const goalIds = new Set(data?.goals.map((g) => g.id) ?? []);
  const solutions: ExerciseFile[] = Object.entries(src.solutions).sort(([a], [b]) => a.localeCompare(b)).map(([name, text]) => ({ name, text }));
  const cases: ExerciseCase[] = [];
  for (const [name, text] of Object.entries(src.cases).sort(([a], [b]) => a.localeCompare(b))) {
    const file = `${src.dir}/cases/${name}`;
    const expect = name.startsWith('pass-') ? 'pass' : name.startsWith('fail-') ? 'fail' : null;
    if (!expect) {
      issues.push({ file, field: '(name)', expected: 'a name starting with pass- or fail-', found: JSON.stringify(name) });
      continue;
    }
    let fails: string | null = null;
    if (expect === 'fail') {
      const m = FAILS.exec(text.split('\n')[0] ?? '');
      if (!m) issues.push({ file, field: 'line 1', expected: 'a comment "# fails: <goal-id>"', found: JSON.stringify(text.split('\n')[0] ?? '') });
      else if (data && !goalIds.has(m[1])) issues.push({ file, field: 'line 1', expected: `one of the goal ids ${[...goalIds].join(', ')}`, found: JSON.stringify(m[1]) });
      else fails = m[1];
    }
    cases.push({ name, text, expect, fails });
  }
  if (!data || issues.length) return { exercise: null, issues };
  return {
    exercise: {
      id: src.id,
      title: data.title,
      summary: data.summary,
      module: data.module,
      order: data.order,
      difficulty: data.difficulty,
      goals: data.goals.map((g) => ({ id: g.id, kind: g.kind, title: g.title, points: g.points, params: g.params })),
      hints: data.hints,
      instructions: src.instructions ?? '',
      context: src.context,
      starter: src.starter ?? '',
      solutions,
      cases,
    },
    issues,
  };
}
