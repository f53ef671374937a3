// `# check=skip=…` silences the rules that repeat the skipped BuildKit checks, never an error.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/rules/index.ts';
import { skippedChecks } from '../../../../src/engine/rules/lib/check-directive.ts';

const ids = (text: string) => check(text).map((f) => f.rule);
const shellForm = ['FROM python:3.13-slim', 'WORKDIR /app', 'USER 1000', 'CMD python app.py'];

describe('# check=skip', () => {
  it('parses names, all, and other keys after ;', () => {
    expect(skippedChecks('skip=JSONArgsRecommended, StageNameCasing;error=true')).toEqual({ all: false, names: new Set(['jsonargsrecommended', 'stagenamecasing']) });
    expect(skippedChecks('error=true;skip=all').all).toBe(true);
    expect(skippedChecks(undefined)).toEqual({ all: false, names: new Set() });
  });

  it('silences prefer-exec-form when JSONArgsRecommended is skipped', () => {
    expect(ids(shellForm.join('\n'))).toContain('prefer-exec-form');
    expect(ids(['# check=skip=JSONArgsRecommended', ...shellForm].join('\n'))).not.toContain('prefer-exec-form');
    expect(ids(['# check=skip=all', ...shellForm].join('\n'))).not.toContain('prefer-exec-form');
  });

  it('keeps a rule while one of its BuildKit checks is still on', () => {
    const text = ['# check=skip=MaintainerDeprecated', 'FROM python:3.13-slim', 'MAINTAINER me', 'ENV A 1', 'CMD ["python3"]'].join('\n');
    expect(ids(text)).toContain('deprecated-syntax');
  });

  it('never silences an error, and rules without a BuildKit equivalent', () => {
    const text = ['# check=skip=all', 'FROM scratch', 'CMD echo hi'].join('\n');
    expect(check(text).filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('shell-form-without-shell');
    const dup = ['# check=skip=all', 'FROM alpine:3.21 AS a', 'FROM alpine:3.21 AS a', 'CMD ["sh"]'].join('\n');
    expect(ids(dup)).toContain('duplicate-stage-name'); // an error in RULES.md: skip cannot hide it
  });
});
