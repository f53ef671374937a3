// No false passes: breaking every solution in ways that really break the image must fail it:
// dropping the final stage's COPY --from lines (the artifact never arrives), and, where the
// exercise asks for exec form, rewriting the command in shell form.
import { describe, expect, it } from 'vitest';
import { exerciseIds, loadExercise } from '../../src/cli/exercises-load.ts';
import { analyze } from '../../src/engine/model.ts';
import { grade } from '../../src/engine/grade/index.ts';

/** Remove COPY --from lines of the last stage. */
function dropFinalCopies(text: string): string {
  const m = analyze(text);
  const last = m.stages.at(-1);
  if (!last) return text;
  const lines = new Set(last.copies.filter((c) => c.source.kind === 'stage').flatMap((c) => {
    const r = c.instruction.range;
    return Array.from({ length: r.endLine - r.line + 1 }, (_, k) => r.line + k);
  }));
  return text.split('\n').filter((_, k) => !lines.has(k + 1)).join('\n');
}

/** Rewrite exec-form CMD/ENTRYPOINT of the last stage as shell form. */
function toShellForm(text: string): string {
  const m = analyze(text);
  const last = m.stages.at(-1);
  if (!last) return text;
  const lines = text.split('\n');
  for (const c of last.commands) {
    if (c.keyword === 'HEALTHCHECK' || c.command?.form !== 'exec' || c.instruction.range.line !== c.instruction.range.endLine) continue;
    const k = c.instruction.range.line - 1;
    lines[k] = `${c.keyword} ${c.command.argv.join(' ')}`;
  }
  return lines.join('\n');
}

const table: [string, string, string][] = [];
for (const id of exerciseIds()) {
  const { exercise } = loadExercise(id);
  if (!exercise) continue;
  const kinds = new Set(exercise.goals.map((g) => g.kind));
  for (const s of exercise.solutions) {
    const dropped = dropFinalCopies(s.text);
    if (dropped !== s.text) table.push([id, `${s.name} without its final COPY --from lines`, dropped]);
    const shell = toShellForm(s.text);
    if (kinds.has('command-form') && shell !== s.text) table.push([id, `${s.name} in shell form`, shell]);
  }
}

describe('broken solutions fail', () => {
  it.each(table)('%s: %s', (id, _what, text) => {
    const exercise = loadExercise(id).exercise!;
    expect(grade(exercise, text, { findings: false }).passed).toBe(false);
  });
});
