// The classroom template: the checked-in example is exactly what make-template.ts generates, and
// every generated workflow runs one autograding test per goal with the goal's points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exerciseIds, loadExerciseOrThrow } from '../../src/cli/exercises-load.ts';
import { templateFiles, workflow } from '../../classroom/make-template.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Step { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }

describe('classroom template', () => {
  it('classroom/template/ is the generated go-multistage template', () => {
    const files = templateFiles(loadExerciseOrThrow('go-multistage'));
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(root, 'classroom/template', path), 'utf8'), path).toBe(text);
  });

  it.each(exerciseIds())('%s: one command-grader test per goal, with its points, all reported', (id) => {
    const ex = loadExerciseOrThrow(id);
    const wf = parse(workflow(ex)) as { on: unknown; permissions: Record<string, string>; jobs: { autograding: { steps: Step[] } } };
    expect(wf.permissions.checks).toBe('write');
    const steps = wf.jobs.autograding.steps;
    const graders = steps.filter((s) => s.uses === 'classroom-resources/autograding-command-grader@v1');
    expect(graders.map((s) => s.id)).toEqual(ex.goals.map((g) => g.id));
    for (const [k, g] of ex.goals.entries()) {
      expect(graders[k].with?.command).toBe(`node .stagecraft/bin/stagecraft.js grade --exercise ${id} --goal ${g.id} Dockerfile`);
      expect(graders[k].with?.['max-score']).toBe(g.points);
      expect(graders[k].with?.['test-name']).toBe(g.title);
    }
    const reporter = steps.find((s) => s.uses === 'classroom-resources/autograding-grading-reporter@v1')!;
    expect(reporter.with?.runners).toBe(ex.goals.map((g) => g.id).join(','));
    for (const g of ex.goals) expect(reporter.env?.[`${g.id.toUpperCase()}_RESULTS`]).toBe(`\${{steps.${g.id}.outputs.result}}`);
  });
});
