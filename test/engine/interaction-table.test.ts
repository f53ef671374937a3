// Every cell of Docker's CMD × ENTRYPOINT table (docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact),
// with the real argv: a shell-form ENTRYPOINT still receives CMD as $0, $1 … (SEMANTICS.md).
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/engine/index.ts';

const ENTRYPOINTS = {
  none: { line: '', argv: [] as string[] },
  shell: { line: 'ENTRYPOINT exec_entry p1_entry', argv: ['/bin/sh', '-c', 'exec_entry p1_entry'] },
  exec: { line: 'ENTRYPOINT ["exec_entry", "p1_entry"]', argv: ['exec_entry', 'p1_entry'] },
};
const CMDS = {
  none: { line: '', argv: [] as string[] },
  exec: { line: 'CMD ["exec_cmd", "p1_cmd"]', argv: ['exec_cmd', 'p1_cmd'] },
  shell: { line: 'CMD exec_cmd p1_cmd', argv: ['/bin/sh', '-c', 'exec_cmd p1_cmd'] },
};

describe('CMD × ENTRYPOINT', () => {
  for (const [en, e] of Object.entries(ENTRYPOINTS)) {
    for (const [cn, c] of Object.entries(CMDS)) {
      for (const order of ['cmd-first', 'entrypoint-first']) {
        it(`ENTRYPOINT ${en} × CMD ${cn} (${order})`, () => {
          const lines = order === 'cmd-first' ? [c.line, e.line] : [e.line, c.line];
          const r = resolve(['FROM scratch', ...lines].join('\n'));
          // ENTRYPOINT written after CMD in the same stage keeps it; written before, CMD comes later anyway.
          const expected = [...e.argv, ...c.argv];
          if (expected.length === 0) {
            expect(r.argv).toBeNull();
            expect(r.error).toBe('no command specified');
          } else expect(r.argv).toEqual(expected);
        });
      }
    }
  }

  it('docker run arguments replace CMD and keep ENTRYPOINT', () => {
    const df = 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--help"]';
    expect(resolve(df, { args: ['--port', '80'] }).argv).toEqual(['/app', '--port', '80']);
    expect(resolve(df).argv).toEqual(['/app', '--help']);
  });

  it('--entrypoint replaces ENTRYPOINT with one unsplit string and drops the image CMD', () => {
    const df = 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--help"]';
    expect(resolve(df, { entrypoint: 'python -m x' }).argv).toEqual(['python -m x']);
    expect(resolve(df, { entrypoint: '/bin/sh', args: ['-c', 'ls'] }).argv).toEqual(['/bin/sh', '-c', 'ls']);
  });

  it('--entrypoint "" clears the entrypoint: args become the command, none is an error', () => {
    const df = 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--help"]';
    expect(resolve(df, { entrypoint: '', args: ['ls', '/'] }).argv).toEqual(['ls', '/']);
    const r = resolve(df, { entrypoint: '' });
    expect(r.argv).toBeNull();
    expect(r.error).toBe('no command specified');
  });

  it('shell-form ENTRYPOINT gets run arguments as $0, $1 … after the script', () => {
    const r = resolve('FROM scratch\nENTRYPOINT echo hi\nCMD ["one"]', { args: ['two', 'three'] });
    expect(r.argv).toEqual(['/bin/sh', '-c', 'echo hi', 'two', 'three']);
  });
});
