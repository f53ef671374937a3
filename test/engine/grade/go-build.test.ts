// Table for go build recognition: output paths (including Go's default names) and cgo state.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goBuilds } from '../../../src/engine/grade/go-build.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';

const ctx = { 'go.mod': 'module example.com/calc/v2\n\ngo 1.21\n', 'main.go': '' };
const one = (lines: string[]) => {
  const builds = goBuilds(analyze(lines.join('\n')), ctx);
  expect(builds).toHaveLength(1);
  return builds[0];
};

describe('goBuilds', () => {
  it.each([
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN go build -o app .'], '/src/app'],
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN go build -o=/out/app'], '/out/app'],
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN go build -o /out/ .'], '/out/calc'],
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN go build'], '/src/calc'],
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN go build main.go'], '/src/main'],
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN go build ./cmd/server'], '/src/server'],
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN go install .'], '/go/bin/calc'],
    [['FROM golang:1.26', 'WORKDIR /src', 'RUN GOBIN=/bin go install .'], '/bin/calc'],
  ])('%j writes %s', (lines, out) => {
    expect(one(lines).output).toBe(out);
  });

  it.each([
    [['FROM golang:1.26', 'RUN go build -o /a .'], 'on'],
    [['FROM golang:1.26-alpine', 'RUN go build -o /a .'], 'off'],
    [['FROM golang:1.26-alpine', 'RUN apk add --no-cache gcc musl-dev', 'RUN go build -o /a .'], 'on'],
    [['FROM golang:1.26', 'ENV CGO_ENABLED=0', 'RUN go build -o /a .'], 'off'],
    [['FROM golang:1.26', 'ARG CGO_ENABLED=0', 'RUN go build -o /a .'], 'off'],
    [['FROM golang:1.26', 'RUN go build -o /a .', 'ENV CGO_ENABLED=0'], 'on'],
    [['FROM golang:1.26', 'RUN CGO_ENABLED=0 go build -o /a .'], 'off'],
    [['FROM golang:1.26', 'RUN export CGO_ENABLED=0 && go build -o /a .'], 'off'],
    [['FROM golang:1.26', 'RUN go env -w CGO_ENABLED=0', 'RUN go build -o /a .'], 'off'],
    [['FROM golang:1.26 AS base', 'ENV CGO_ENABLED=0', 'FROM base', 'RUN go build -o /a .'], 'off'],
    [['FROM golang:1.16', 'RUN go build -o /a .'], 'on'],
  ])('%j: cgo %s', (lines, cgo) => {
    expect(one(lines).cgo).toBe(cgo);
  });
});

describe('heredoc RUN scripts and -o DIR/', () => {
  const trace = (lines: string[], path: string) => {
    const model = analyze(lines.join('\n'));
    return goalContext(model, ctx).trace(path, model.stages[0]);
  };

  it('reads go build out of a `RUN <<EOT` body (BuildKit runs the body as the script)', () => {
    const b = one(['FROM golang:1.26', 'WORKDIR /src', 'RUN <<EOT', 'set -e', 'export CGO_ENABLED=0', 'go build -o /out/app .', 'EOT']);
    expect(b.output).toBe('/out/app');
    expect(b.cgo).toBe('off');
  });

  it('does not read a data heredoc (cat <<EOF > file) as commands', () => {
    expect(goBuilds(analyze(['FROM golang:1.26', 'RUN cat <<EOF > /notes.txt', 'go build -o /x .', 'EOF'].join('\n')), ctx)).toHaveLength(0);
  });

  it('-o /out/ holds only the binary Go names, not any other file', () => {
    const lines = ['FROM golang:1.26', 'WORKDIR /src', 'RUN go build -o /out/ .'];
    expect(trace(lines, '/out/calc')?.origin.kind).toBe('run');
    expect(trace(lines, '/out/other')).toBeNull();
  });
});
