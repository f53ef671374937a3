// The fuzz properties shared by test/engine/fuzz.test.ts and `npm run fuzz` (bench/fuzz.ts):
// each returns a description of what went wrong, or null.
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { analyze, simulate } from '../../src/engine/index.ts';
import { check } from '../../src/engine/rules/index.ts';
import { reportable, validatorProblems } from '../../src/engine/rules/syntax.ts';

/** Everything the engine offers, run over `text`; returns a problem description or null. */
export function exercise(text: string): string | null {
  const model = analyze(text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  const targets: (string | undefined)[] = [undefined, ...model.stages.map((s) => s.name ?? String(s.index)), 'nope'];
  for (const target of targets) {
    simulate(model, { target });
    simulate(model, { target, args: ['--help', 'x'] });
    simulate(model, { target, entrypoint: '' });
    simulate(model, { target, k8s: { command: ['sh'], args: [] } });
    simulate(model, { target, compose: { entrypoint: 'sh -c', command: '' } });
    for (const f of check(model, { target })) {
      if (/internal error/.test(f.message)) return `internal error: ${f.message}`;
      if (!(f.line >= 1 && f.column >= 1 && f.endLine >= f.line && f.line <= lineCount + 1)) return `bad range ${JSON.stringify(f)}`;
      if (f.endLine === f.line && f.endColumn <= f.column) return `empty range ${JSON.stringify(f)}`;
      if (!f.message.trim()) return `empty message from ${f.rule}`;
    }
  }
  return null;
}

/**
 * Whether dockerfile-ast splits `text` into the same instructions, with the same keywords, as the
 * engine (BuildKit's line reading, checked against a real engine). Where they differ (a lone `\`
 * line, `\ \` at a line end, `CMD\` on the last line, some heredocs), a full validate() judges
 * instructions BuildKit does not see, and the shortcut, which hands the validator the engine's
 * instructions, is the one to follow; about 8% of the fuzz inputs are such and not compared.
 */
export function sameInstructions(text: string, model = analyze(text)): boolean {
  const theirs = DockerfileParser.parse(text).getInstructions().map((i) => `${i.getRange().start.line} ${i.getKeyword()}`);
  const ours = model.instructions.map((i) => `${i.range.line - 1} ${i.keyword}`);
  return JSON.stringify(theirs) === JSON.stringify(ours);
}

/**
 * Error-level problems of a full validate() and of the syntax rule's shortcut (the Dockerfile
 * without the instructions lib/validator-input.ts screens out), as comparable strings. When the
 * full run crashes (dockerfile-ast's resolveVariable can recurse without end) it is no reference.
 */
export function syntaxShortcutDiff(text: string): string | null {
  const model = analyze(text);
  // Both sides keep only what the syntax rule reports.
  const reported = reportable(model);
  const key = (d: ReturnType<typeof validate>[number]) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`;
  const run = (f: () => ReturnType<typeof validate>) => {
    try {
      return f().filter(reported).map(key).sort();
    } catch (e) {
      return [`throws ${(e as Error).message}`];
    }
  };
  const full = run(() => validate(text));
  if (full[0]?.startsWith('throws') || !sameInstructions(text, model)) return null;
  const fast = run(() => validatorProblems(model));
  return JSON.stringify(full) === JSON.stringify(fast) ? null : `full ${JSON.stringify(full)} vs shortcut ${JSON.stringify(fast)}`;
}
