// The site's loader (a flat path → text map, as import.meta.glob gives) yields exactly what the
// CLI's fs loader yields.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exercisesFromFiles } from '../../../src/engine/exercises/from-files.ts';
import { exerciseIds, loadExercise } from '../../../src/cli/exercises-load.ts';
import { validateExerciseYaml } from '../../../src/engine/exercises/schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function glob(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) glob(p, out);
    else out['/' + relative(root, p).split('\\').join('/')] = readFileSync(p, 'utf8');
  }
  return out;
}

describe('exercisesFromFiles', () => {
  it('matches the CLI loader for every valid exercise', () => {
    const { exercises } = exercisesFromFiles(glob(join(root, 'exercises')));
    for (const id of exerciseIds()) {
      const cli = loadExercise(id).exercise;
      if (!cli) continue;
      expect(exercises.find((e) => e.id === id)).toEqual(cli);
    }
  });

  it('reports invalid exercises with file, field, expected and found', () => {
    const { invalid } = exercisesFromFiles({ '/exercises/bad/exercise.yaml': 'title: x\n' });
    expect(invalid[0].id).toBe('bad');
    expect(invalid[0].issues[0]).toMatchObject({ file: 'exercises/bad/exercise.yaml' });
    expect(invalid[0].issues.some((i) => i.field === 'title' && /3/.test(i.expected) && i.found === '"x"')).toBe(true);
  });

  it('validates goal params with the kind schema', () => {
    const { issues } = validateExerciseYaml({ title: 'A title', summary: 'A long enough summary', module: 'distroless', order: 1, goals: [{ id: 'g', kind: 'expose', title: 'Expose', params: { ports: ['http'] } }], hints: ['hint'] }, 'x.yaml');
    expect(issues).toEqual([expect.objectContaining({ file: 'x.yaml', field: 'goals.0.params.ports.0', found: '"http"' })]);
  });
});
