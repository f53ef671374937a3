// Goal kind target-stage, `files` option: the test files must be in the stage when its test RUN
// runs (COPY before it in the chain, COPY --from a stage that has them, or a context bind mount).

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import goal from '../../../src/engine/grade/goals/target-stage.ts';

const context = { 'calculator.go': 'package main', 'calculator_test.go': 'package main', 'go.mod': 'module calculator' };
const params = { name: 'test', tools: ['go'], runs: '\\bgo\\s+test\\b', files: ['calculator_test.go'] };
const TAIL = '\nFROM scratch\nCOPY --from=build /calculator /calculator\nENTRYPOINT ["/calculator"]\n';

function check(head: string) {
  return goal.check(goalContext(analyze(head + TAIL), context), goal.params.parse(params));
}

describe('target-stage files', () => {
  it.each([
    ['COPY . .'],
    ['COPY *.go go.mod ./'],
    ['COPY calculator_test.go calculator.go ./'],
  ])('accepts %s in the parent stage', (copy) => {
    expect(check(`FROM golang:1.26 AS build\nWORKDIR /src\n${copy}\nRUN go build -o /calculator .\nFROM build AS test\nRUN go test ./...\n`).passed).toBe(true);
  });

  it('refuses a stage without the test file, saying why', () => {
    const r = check('FROM golang:1.26 AS build\nWORKDIR /src\nCOPY go.mod calculator.go ./\nRUN go build -o /calculator .\nFROM build AS test\nRUN go test ./...\n');
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/calculator_test\.go/);
  });

  it('refuses a COPY that comes after the test RUN', () => {
    expect(check('FROM golang:1.26 AS test\nWORKDIR /src\nCOPY calculator.go go.mod ./\nRUN go test ./...\nCOPY calculator_test.go .\nFROM golang:1.26 AS build\nRUN go build -o /calculator .\n').passed).toBe(false);
  });

  it('accepts a bind mount of the context and a COPY --from a stage that has the files', () => {
    expect(check('FROM golang:1.26 AS test\nWORKDIR /src\nRUN --mount=type=bind,target=. go test ./...\nFROM golang:1.26 AS build\nRUN go build -o /calculator .\n').passed).toBe(true);
    expect(check('FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /calculator .\nFROM golang:1.26 AS test\nCOPY --from=build /src /src\nWORKDIR /src\nRUN go test ./...\n').passed).toBe(true);
  });

  it('a bind mount from another stage is not the context', () => {
    expect(check('FROM golang:1.26 AS build\nWORKDIR /src\nCOPY go.mod calculator.go ./\nRUN go build -o /calculator .\nFROM golang:1.26 AS test\nRUN --mount=type=bind,from=build,source=/src,target=/src go test ./...\n').passed).toBe(false);
  });
});

describe('target-stage files: mounts', () => {
  it('a --mount without type= is a bind mount of the context', () => {
    expect(check('FROM golang:1.26 AS test\nWORKDIR /src\nRUN --mount=target=. go test ./...\nFROM golang:1.26 AS build\nRUN go build -o /calculator .\n').passed).toBe(true);
  });
  it('a cache mount is not', () => {
    expect(check('FROM golang:1.26 AS test\nWORKDIR /src\nRUN --mount=type=cache,target=/root/.cache/go-build go test ./...\nFROM golang:1.26 AS build\nRUN go build -o /calculator .\n').passed).toBe(false);
  });
});
