// Checks the cells <InteractionTable> renders (src/islands/interaction-table.ts, computed by the engine)
// against Docker's CMD × ENTRYPOINT table written out here by hand, independently of the engine.
// Source of the expected values: docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact
// and /work/shared/design/SEMANTICS.md (a shell-form ENTRYPOINT still receives the CMD words after the
// script, as $0, $1 …; the docs table shows only the part the shell runs).
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/engine/index.ts';
import { CMDS, ENTRYPOINTS, convertText, dockerfileFor, tableCells } from '../../src/islands/interaction-table.ts';

/** Expected argv per [CMD row][ENTRYPOINT column]; null = docker run fails ("No command specified"). */
const EXPECTED: Record<string, Record<string, string[] | null>> = {
  none: {
    none: null,
    shell: ['/bin/sh', '-c', 'exec_entry p1_entry'],
    exec: ['exec_entry', 'p1_entry'],
  },
  exec: {
    none: ['exec_cmd', 'p1_cmd'],
    shell: ['/bin/sh', '-c', 'exec_entry p1_entry', 'exec_cmd', 'p1_cmd'],
    exec: ['exec_entry', 'p1_entry', 'exec_cmd', 'p1_cmd'],
  },
  shell: {
    none: ['/bin/sh', '-c', 'exec_cmd p1_cmd'],
    shell: ['/bin/sh', '-c', 'exec_entry p1_entry', '/bin/sh', '-c', 'exec_cmd p1_cmd'],
    exec: ['exec_entry', 'p1_entry', '/bin/sh', '-c', 'exec_cmd p1_cmd'],
  },
};

/** What the Docker reference's table prints in each cell (the command the shell or kernel runs). */
const DOCS_TABLE: Record<string, Record<string, string>> = {
  none: { none: 'error, not allowed', shell: '/bin/sh -c exec_entry p1_entry', exec: 'exec_entry p1_entry' },
  exec: { none: 'exec_cmd p1_cmd', shell: '/bin/sh -c exec_entry p1_entry', exec: 'exec_entry p1_entry exec_cmd p1_cmd' },
  shell: { none: '/bin/sh -c exec_cmd p1_cmd', shell: '/bin/sh -c exec_entry p1_entry', exec: 'exec_entry p1_entry /bin/sh -c exec_cmd p1_cmd' },
};

const cells = tableCells(resolve);

describe('InteractionTable static table', () => {
  it('has the 3 × 3 layout of the Docker reference, in its order', () => {
    expect(ENTRYPOINTS.map((e) => e.form)).toEqual(['none', 'shell', 'exec']);
    expect(CMDS.map((c) => c.form)).toEqual(['none', 'exec', 'shell']);
    expect(cells).toHaveLength(3);
    for (const row of cells) expect(row).toHaveLength(3);
  });

  for (const [r, cmd] of CMDS.entries()) {
    for (const [c, ep] of ENTRYPOINTS.entries()) {
      it(`${cmd.label} × ${ep.label}`, () => {
        const cell = cells[r]![c]!;
        const expected = EXPECTED[cmd.form]![ep.form]!;
        // Matches the hand-written facts …
        expect(cell.argv).toEqual(expected);
        if (expected === null) expect(cell.error).toBe('no command specified');
        // … and the docs table, where the shell-form ENTRYPOINT column shows only the shell's part.
        const docs = DOCS_TABLE[cmd.form]![ep.form]!;
        if (cell.argv === null) expect(docs).toMatch(/^error/);
        else expect((ep.form === 'shell' ? cell.argv.slice(0, 3) : cell.argv).join(' ')).toBe(docs);
        // The note under shell-form ENTRYPOINT cells with a CMD: the CMD words are present but ignored.
        expect(cell.cmdIgnored).toBe(ep.form === 'shell' && cmd.form !== 'none');
        // And each cell is exactly what the engine says for its Dockerfile.
        expect(cell.argv).toEqual(resolve(cell.dockerfile).argv);
      });
    }
  }
});

describe('InteractionTable panel helpers', () => {
  it('writes only the lines the learner chose', () => {
    expect(dockerfileFor({ form: 'none', text: 'x' }, { form: 'exec', text: '["a"]' }, 'python:3.12-slim')).toBe('FROM python:3.12-slim\nCMD ["a"]');
    expect(dockerfileFor({ form: 'shell', text: 'run me' }, { form: 'none', text: '' })).toBe('FROM scratch\nENTRYPOINT run me');
  });

  it('leaves a malformed exec form for Docker to read as shell form', () => {
    const text = dockerfileFor({ form: 'none', text: '' }, { form: 'exec', text: "['python3', 'app.py']" });
    expect(resolve(text).argv).toEqual(['/bin/sh', '-c', "['python3', 'app.py']"]);
  });

  it('converts between words and a JSON array when the form changes', () => {
    expect(convertText('echo Hello,', 'exec')).toBe('["echo", "Hello,"]');
    expect(convertText('["echo", "Hello, "]', 'shell')).toBe('echo Hello, ');
    expect(convertText('', 'exec')).toBe('[]');
  });

  it('shows the ERRATA 9 echo example with two spaces', () => {
    const text = dockerfileFor({ form: 'exec', text: '["echo", "Hello, "]' }, { form: 'exec', text: '["world!"]' }, 'python:3.12-slim');
    expect(resolve(text).argv).toEqual(['echo', 'Hello, ', 'world!']);
    expect(resolve(text).argv!.join(' ')).toBe('echo Hello,  world!');
  });
});
