// Predict-what-runs items: every generated answer is exactly what the engine's resolve() says, no
// distractor equals it, and each distractor is the mistake it claims to be.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/engine/index.ts';
import { buildBank } from '../../src/lib/quiz/bank.ts';
import { wrongArgv } from '../../src/lib/quiz/distractors.ts';
import { expandTemplate, formatArgvAnswer, formatPid1Answer, generatePredictItems, runOf } from '../../src/lib/quiz/generate.ts';
import { predictFileSchema } from '../../src/lib/quiz/schema.ts';
import { analyze, parseRunArgs } from '../../src/engine/index.ts';
import { parse as parseYaml } from 'yaml';
import { bankSources, quizFiles } from './quiz-helpers.ts';

/** The `docker run`/`--target` options an item's shell lines stand for. */
function optionsOf(commands: string[]) {
  const target = /--target (\S+)/.exec(commands[0])?.[1];
  const run = commands[1].replace(/^docker run /, '');
  const { ignored: _i, ...opts } = parseRunArgs(run);
  return target ? { ...opts, target } : opts;
}

describe('generated items', () => {
  const { items } = buildBank(bankSources());
  const predict = items.filter((i) => i.kind === 'predict');

  it('exist for every template', () => {
    for (const file of Object.keys(quizFiles('predict'))) {
      const id = file.split('/').pop()!.replace(/\.yaml$/, '');
      expect(predict.some((i) => i.template === id), id).toBe(true);
    }
  });

  it('have the answer resolve() gives for the Dockerfile and the run shown', () => {
    expect(predict.length).toBeGreaterThan(40);
    for (const i of predict) {
      const r = resolve(i.dockerfile!, optionsOf(i.commands!));
      const expected = i.question.startsWith('Which process is PID 1')
        ? formatPid1Answer({ argv: r.pid1.argv, sigterm: r.pid1.receivesSigterm })
        : formatArgvAnswer(r.argv);
      expect(i.choices[i.answer].text, i.id).toBe(expected);
      expect(i.choices.filter((c) => c.text === expected), i.id).toHaveLength(1);
      expect(i.choices.filter((c, k) => k !== i.answer).every((c) => c.why), i.id).toBe(true);
    }
  });

  it('show the run in a form parseRunArgs reads back the same way', () => {
    for (const [file, text] of Object.entries(quizFiles('predict'))) {
      const t = predictFileSchema.parse(parseYaml(text));
      for (const run of t.runs) {
        const { opts, commands } = runOf(run);
        expect(optionsOf(commands), file).toEqual(opts);
      }
    }
  });
});

describe('distractors', () => {
  const echo = 'FROM alpine:3.20\nENTRYPOINT ["echo", "Hello,"]\nCMD ["world!"]\n';
  const scenario = (text: string, run: string) => {
    const { ignored: _i, ...opts } = parseRunArgs(run);
    const model = analyze(text);
    return { model, opts, result: resolve(text, opts) };
  };

  it('model the mistakes they are named after', () => {
    expect(wrongArgv('args-appended', scenario(echo, 'Goodbye'))).toEqual(['echo', 'Hello,', 'world!', 'Goodbye']);
    expect(wrongArgv('args-replace-entrypoint', scenario(echo, 'Goodbye'))).toEqual(['Goodbye']);
    expect(wrongArgv('cmd-kept-after-entrypoint-flag', scenario(echo, '--entrypoint date'))).toEqual(['date', 'world!']);
    expect(wrongArgv('entrypoint-flag-ignored', scenario(echo, '--entrypoint date'))).toEqual(['echo', 'Hello,', 'world!']);
    expect(wrongArgv('entrypoint-split', scenario(echo, '--entrypoint "echo Hi"'))).toEqual(['echo', 'Hi']);
    expect(wrongArgv('shell-as-exec', scenario('FROM alpine:3.20\nCMD echo hi there\n', ''))).toEqual(['echo', 'hi', 'there']);
    expect(wrongArgv('exec-as-shell', scenario(echo, ''))).toEqual(['/bin/sh', '-c', 'echo Hello,', 'world!']);
    expect(wrongArgv('base-entrypoint-ignored', scenario('FROM gcr.io/distroless/python3-debian12\nCMD ["python3", "/app.py"]\n', ''))).toEqual(['python3', '/app.py']);
    expect(wrongArgv('inherited-cmd-kept', scenario('FROM ubuntu:24.04\nENTRYPOINT ["ls"]\n', ''))).toEqual(['ls', '/bin/bash']);
    expect(wrongArgv('vars-expanded', scenario('FROM alpine:3.20\nENV N=x\nCMD ["echo", "$N"]\n', ''))).toEqual(['echo', 'x']);
    expect(wrongArgv('no-command', scenario(echo, ''))).toBeNull();
    const twoStages = 'FROM golang:1.23 AS build\nCMD ["go", "test"]\nFROM gcr.io/distroless/static-debian12\nENTRYPOINT ["/app"]\n';
    expect(wrongArgv('other-stage', scenario(twoStages, ''))).toEqual(['go', 'test']);
    expect(wrongArgv('other-stage', scenario(twoStages.replace(' AS build', ''), ''))).toEqual(['go', 'test']);
  });

  it('do not apply where the mistake cannot be made', () => {
    expect(wrongArgv('args-appended', scenario(echo, ''))).toBeUndefined();
    expect(wrongArgv('entrypoint-split', scenario(echo, '--entrypoint date'))).toBeUndefined();
    expect(wrongArgv('shell-as-exec', scenario(echo, ''))).toBeUndefined();
    expect(wrongArgv('inherited-cmd-kept', scenario('FROM ubuntu:24.04\nENTRYPOINT ["ls"]\nCMD ["-l"]\n', ''))).toBeUndefined();
  });

  it('never repeat the right answer, even when a mistake happens to give it', () => {
    // With no CMD anywhere, "args appended to CMD" and the truth coincide.
    const t = predictFileSchema.parse({
      id: 'same', module: 'entrypoint-cmd', lesson: '/learn/entrypoint-cmd/how-they-combine/',
      template: 'FROM alpine:3.20\nENTRYPOINT ["echo"]\n', runs: ['hi'], explanation: 'long enough explanation here', source: 'test',
    });
    const { items } = generatePredictItems(t, 'x.yaml');
    for (const i of items) expect(new Set(i.choices.map((c) => c.text)).size).toBe(i.choices.length);
  });
});

describe('templates', () => {
  it('expand every combination of slot values', () => {
    const out = expandTemplate({ template: '{{a}}-{{b}}', slots: { a: ['1', '2'], b: ['x', 'y', 'z'] } });
    expect(out.map((o) => o.text)).toEqual(['1-x', '1-y', '1-z', '2-x', '2-y', '2-z']);
  });
});
