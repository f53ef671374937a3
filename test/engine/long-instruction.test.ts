// An instruction continued over more than MAX_INSTRUCTION_LINES lines is read without
// dockerfile-ast (which is quadratic in it): the engine says so, and only that instruction loses
// per-argument positions; the others keep theirs.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { MAX_INSTRUCTION_LINES } from '../../src/engine/parse.ts';
import { check } from '../../src/engine/rules/index.ts';

const long = ['RUN echo start \\', ...Array.from({ length: MAX_INSTRUCTION_LINES + 5 }, () => '  && echo more \\'), '  && echo end'];
const text = ['FROM gcr.io/distroless/python3-debian13', 'COPY app.py /app/app.py', ...long, 'CMD ["python3", "/app/app.py"]'].join('\n');
const cmdLine = 3 + long.length;

describe('an instruction longer than the limit', () => {
  it('is reported once, at its line', () => {
    const notes = analyze(text).diagnostics.filter((d) => /continues over/.test(d.message));
    expect(notes).toHaveLength(1);
    expect(notes[0].range.line).toBe(3);
  });

  it('leaves the other instructions their argument positions', () => {
    const model = analyze(text);
    const cmd = model.instructions.at(-1)!;
    expect(cmd.range.line).toBe(cmdLine);
    expect(cmd.args.map((a) => a.range.column)).toEqual([5, 17]);
    const f = check(model).find((x) => x.rule === 'interpreter-repeated')!;
    expect(f).toMatchObject({ line: cmdLine, column: 6 });
  });
});
