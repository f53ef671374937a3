// No false failures: every solution and pass case must still pass after rewrites that do not
// change what Docker builds or runs (comments, keyword case, CRLF, stage names, --from by
// index, python → python3 in exec arrays).
import { describe, expect, it } from 'vitest';
import { exerciseIds, loadExercise } from '../../src/cli/exercises-load.ts';
import { analyze } from '../../src/engine/model.ts';
import { grade } from '../../src/engine/grade/index.ts';

type Rewrite = [name: string, fn: (text: string, keep: Set<string>) => string];

const KEYWORDS = /^(\s*)(FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\b/gm;

/** Rename every named stage (`AS x`, `--from=x`, `FROM x`) except those a goal requires by name. */
function renameStages(text: string, keep: Set<string>): string {
  const names = [...analyze(text).stages].filter((s) => s.name && !keep.has(s.name)).map((s) => s.nameAsWritten!);
  let out = text;
  names.forEach((n, k) => {
    const re = new RegExp(`(\\bAS\\s+|--from=)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    out = out.replace(re, `$1renamed${k}-${n.toLowerCase()}`);
    // FROM <stage> lines
    out = out.replace(new RegExp(`^(FROM\\s+(?:--platform=\\S+\\s+)?)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'gmi'), `$1renamed${k}-${n.toLowerCase()}$2`);
  });
  return out;
}

/** COPY --from=<name> → COPY --from=<index>. */
function fromByIndex(text: string): string {
  const stages = analyze(text).stages;
  return text.replace(/--from=([A-Za-z][\w.-]*)/g, (m, name: string) => {
    const s = [...stages].reverse().find((x) => x.name === name.toLowerCase());
    return s ? `--from=${s.index}` : m;
  });
}

const REWRITES: Rewrite[] = [
  ['comments and blank lines', (t) => `# A submission\n\n${t.replace(/^(FROM .*)$/gm, '# next stage\n$1\n')}\n# end\n`],
  ['lower-case keywords', (t) => t.replace(KEYWORDS, (_m, sp: string, kw: string) => sp + kw.toLowerCase())],
  ['CRLF line endings', (t) => t.replace(/\r?\n/g, '\r\n')],
  ['other stage names', renameStages],
  ['--from by index', fromByIndex],
  ['python3 for python', (t) => t.replace(/\["python",/g, '["python3",')],
];

describe.each(exerciseIds())('exercise %s', (id) => {
  const { exercise } = loadExercise(id);
  if (!exercise) return;
  const passing = [...exercise.solutions, ...exercise.cases.filter((c) => c.expect === 'pass')];
  // Stage names an exercise asks for (target-stage goals) are part of the answer.
  const keep = new Set(exercise.goals.map((g) => g.params.name).filter((n): n is string => typeof n === 'string').map((n) => n.toLowerCase()));
  const table = passing.flatMap((f) => REWRITES.map(([name, fn]) => [f.name, name, fn(f.text, keep)] as const).filter(([, , text]) => text !== f.text));
  it.each(table)('%s still passes with %s', (_file, _rewrite, text) => {
    const r = grade(exercise, text, { findings: false });
    expect(r.goals.filter((g) => !g.passed).map((g) => `${g.id}: ${g.message}`).join('\n')).toBe('');
  });
});
