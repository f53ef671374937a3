// Tables for the pure evaluators behind the echo-output and runs goals: shell words of one
// simple command, and what echo/printf print.
import { describe, expect, it } from 'vitest';
import { shellInvocation, simpleCommandWords } from '../../../src/engine/grade/shell-words.ts';
import { evalOutput } from '../../../src/engine/grade/echo-eval.ts';

describe('simpleCommandWords', () => {
  const env = { positional: ['zero', 'one', 'two words'], vars: { NAME: 'Ada', EMPTY: '' } };
  it.each([
    ['echo Hello, world!', ['echo', 'Hello,', 'world!']],
    ['echo "Hello, $0"', ['echo', 'Hello, zero']],
    ["echo 'Hello, $0'", ['echo', 'Hello, $0']],
    ['echo Hello, $2', ['echo', 'Hello,', 'two', 'words']],
    ['echo "$@"', ['echo', 'one', 'two words']],
    ['echo $@', ['echo', 'one', 'two', 'words']],
    ['echo "x$@y"', ['echo', 'xone', 'two wordsy']],
    ['echo ${3:-none} ${1:-none}', ['echo', 'none', 'one']],
    ['echo "${EMPTY:-dflt}" "${EMPTY-dflt}"', ['echo', 'dflt', '']],
    ['exec echo $NAME', ['exec', 'echo', 'Ada']],
    ['echo \\"quoted\\"', ['echo', '"quoted"']],
    ['echo ""', ['echo', '']],
  ])('%s', (script, words) => {
    expect(simpleCommandWords(script, env)).toEqual(words);
  });
  it.each(['echo a && echo b', 'echo a; echo b', 'echo $(date)', 'echo `date`', 'echo a | tr a b', 'echo a > /tmp/x', 'echo "unterminated'])('%s is not one simple command', (script) => {
    expect(simpleCommandWords(script, env)).toBeNull();
  });
});

describe('shellInvocation', () => {
  it('reads sh -c SCRIPT and its positional parameters', () => {
    expect(shellInvocation(['/bin/sh', '-c', 'echo $0', 'x', 'y'])).toEqual({ script: 'echo $0', positional: ['x', 'y'] });
    expect(shellInvocation(['bash', '-ec', 's'])).toEqual({ script: 's', positional: ['bash'] });
    expect(shellInvocation(['sh', 'script.sh'])).toBeNull();
    expect(shellInvocation(['python', '-c', 'print(1)'])).toBeNull();
  });
});

describe('evalOutput', () => {
  it.each([
    [['echo', 'Hello, ', 'world!'], 'Hello,  world!\n'],
    [['echo', 'Hello,', 'world!'], 'Hello, world!\n'],
    [['/bin/echo', '-n', 'Hi'], 'Hi'],
    [['echo', 'a\\nb'], 'a\\nb\n'],
    [['echo', '-e', 'a\\nb'], 'a\nb\n'],
    [['printf', 'Hello, %s\\n', 'world!'], 'Hello, world!\n'],
    [['printf', '%s-', 'a', 'b'], 'a-b-'],
    [['/bin/sh', '-c', 'echo "Hello, $0"', 'Goodbye'], 'Hello, Goodbye\n'],
    [['sh', '-c', 'exec echo Hello, "$@"', 'sh', 'world!'], 'Hello, world!\n'],
  ])('%j prints %j', (argv, out) => {
    expect(evalOutput(argv, {})).toEqual({ output: out });
  });
  it('refuses anything that is not echo or printf', () => {
    expect(evalOutput(['cat', 'x'], {})).toHaveProperty('error');
    expect(evalOutput(['sh', '-c', 'echo a; echo b'], {})).toHaveProperty('error');
  });
});
