// The fuzz properties shared by test/engine/fuzz.test.ts and `npm run fuzz` (bench/fuzz.ts):
// each returns a description of what went wrong, or null.
import { validate } from 'dockerfile-utils';
import { analyze, simulate } from '../../src/engine/index.ts';
import { check } from '../../src/engine/rules/index.ts';
import { validateSkipping } from '../../src/engine/rules/lib/ast-memo.ts';
import { noErrorPossible } from '../../src/engine/rules/syntax.ts';

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

/** Error-level problems of a full validate() and of the syntax rule's shortcut, as comparable strings. */
export function syntaxShortcutDiff(text: string): string | null {
  const key = (d: ReturnType<typeof validate>[number]) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`;
  const run = (f: () => ReturnType<typeof validate>) => {
    try {
      return f().filter((d) => d.severity === 1).map(key).sort();
    } catch (e) {
      return [`throws ${(e as Error).message}`]; // dockerfile-ast can recurse without end; both must agree
    }
  };
  const full = run(() => validate(text));
  const fast = run(() => validateSkipping(text, noErrorPossible, validate));
  return JSON.stringify(full) === JSON.stringify(fast) ? null : `full ${JSON.stringify(full)} vs shortcut ${JSON.stringify(fast)}`;
}

