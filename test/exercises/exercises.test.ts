// CI proof that every exercise is consistent: it validates, every reference solution and
// should-pass case passes every goal, and the starter and every should-fail case fail, each
// for the goal its `# fails:` line names.

import { describe, expect, it } from 'vitest';
import { exerciseIds, loadExercise } from '../../src/cli/exercises-load.ts';
import { formatIssues } from '../../src/engine/exercises/schema.ts';
import { grade, type GradeReport } from '../../src/engine/grade/index.ts';

const failing = (r: GradeReport) => r.goals.filter((g) => !g.passed).map((g) => `${g.id}: ${g.message}`).join('\n');

describe.each(exerciseIds())('exercise %s', (id) => {
  const { exercise, issues } = loadExercise(id);

  it('validates', () => {
    expect(formatIssues(issues)).toBe('');
    expect(exercise).not.toBeNull();
  });
  if (!exercise) return;

  it('has at least 5 pass and 5 fail cases', () => {
    expect(exercise.cases.filter((c) => c.expect === 'pass').length).toBeGreaterThanOrEqual(5);
    expect(exercise.cases.filter((c) => c.expect === 'fail').length).toBeGreaterThanOrEqual(5);
  });

  it.each(exercise.solutions.map((s) => [s.name, s.text]))('solution %s passes', (_name, text) => {
    const r = grade(exercise, text);
    expect(failing(r)).toBe('');
    expect(r.passed).toBe(true);
  });

  it.each(exercise.cases.filter((c) => c.expect === 'pass').map((c) => [c.name, c.text]))('%s passes', (_name, text) => {
    const r = grade(exercise, text);
    expect(failing(r)).toBe('');
  });

  it('the starter fails', () => {
    expect(grade(exercise, exercise.starter).passed).toBe(false);
  });

  it.each(exercise.cases.filter((c) => c.expect === 'fail').map((c) => [c.name, c.fails!, c.text]))('%s fails goal %s', (_name, goalId, text) => {
    const r = grade(exercise, text);
    const goal = r.goals.find((g) => g.id === goalId)!;
    expect(goal, `goal ${goalId} exists`).toBeDefined();
    expect(goal.passed, `${goalId} should fail; report:\n${JSON.stringify(r.goals, null, 1)}`).toBe(false);
    expect(goal.message).not.toMatch(/internal error/);
  });
});
