// Exec-form commands carry the source range of each JSON element (findings point at one element).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';

const cmdOf = (df: string, n = 0) => analyze(df).stages[0].commands[n].command!;
const runOf = (df: string) => analyze(df).stages[0].runs[0].command;

describe('elementRanges', () => {
  it('covers each JSON string including its quotes', () => {
    const r = cmdOf('FROM scratch\nCMD ["python",  "app.py"]').elementRanges!;
    expect(r).toEqual([
      { line: 2, column: 6, endLine: 2, endColumn: 14 },
      { line: 2, column: 17, endLine: 2, endColumn: 25 },
    ]);
  });
  it('follows continuation lines and skips comment lines', () => {
    const r = cmdOf('FROM scratch\nENTRYPOINT ["a", \\\n# "not me"\n  "b \\"q\\""]').elementRanges!;
    expect(r.map((x) => [x.line, x.column])).toEqual([[2, 13], [4, 3]]);
  });
  it('is set for RUN exec form after flags and for HEALTHCHECK CMD', () => {
    expect(runOf('FROM scratch\nRUN --network=none ["x", "y"]').elementRanges?.[1]).toMatchObject({ line: 2, column: 26 });
    expect(cmdOf('FROM scratch\nHEALTHCHECK --interval=5s CMD ["curl", "-f"]').elementRanges?.[0]).toMatchObject({ column: 32 });
  });
  it('is absent for shell form', () => {
    expect(cmdOf('FROM scratch\nCMD python app.py').elementRanges).toBeUndefined();
  });
});
