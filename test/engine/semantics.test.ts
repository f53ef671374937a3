// Every fact in SEMANTICS.md (read off a real Docker engine) as a case against the simulator.
import { describe, expect, it } from 'vitest';
import { analyze, resolve, simulate } from '../../src/engine/index.ts';

const cfg = (df: string, target?: string) => {
  const m = analyze(df);
  const s = target ? m.stages.find((x) => x.name === target)! : m.stages[m.stages.length - 1];
  return s.config;
};

describe('exec vs shell form', () => {
  it('text after the closing ] is ignored (streaming JSON decoder)', () => {
    expect(resolve('FROM scratch\nCMD ["python3","app.py"] # note').argv).toEqual(['python3', 'app.py']);
  });
  it('single quotes are not JSON: shell form', () => {
    expect(resolve("FROM scratch\nCMD ['a','b']").argv).toEqual(['/bin/sh', '-c', "['a','b']"]);
  });
  it('a trailing comma is not JSON: shell form', () => {
    expect(resolve('FROM scratch\nCMD ["a","b",]').argv).toEqual(['/bin/sh', '-c', '["a","b",]']);
  });
  it('a JSON object is not an array: shell form', () => {
    expect(resolve('FROM scratch\nCMD {"a": 1}').argv).toEqual(['/bin/sh', '-c', '{"a": 1}']);
  });
  it('a non-string element is a build error', () => {
    const r = resolve('FROM scratch\nCMD ["sleep", 10]');
    expect(r.argv).toBeNull();
    expect(r.error).toMatch(/build fails/);
  });
  it('spaces inside JSON strings are kept (unlike getJSONValue)', () => {
    expect(resolve('FROM scratch\nCMD ["echo", "hello  world"]').argv).toEqual(['echo', 'hello  world']);
  });
  it('JSON escapes are decoded', () => {
    expect(resolve('FROM scratch\nCMD ["\\u0041", "a\\\\b", "\\"q\\""]').argv).toEqual(['A', 'a\\b', '"q"']);
  });
});

describe('SHELL', () => {
  it('applies only to lines after it and never to exec form', () => {
    const df = 'FROM scratch\nCMD echo a\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo b';
    expect(cfg(df).cmd).toEqual(['/bin/sh', '-c', 'echo a']);
    expect(cfg(df).entrypoint).toEqual(['/bin/bash', '-c', 'echo b']);
    expect(resolve('FROM scratch\nSHELL ["/bin/bash","-c"]\nCMD ["x"]').argv).toEqual(['x']);
  });
  it('is inherited by stages built FROM the stage', () => {
    const df = 'FROM scratch AS a\nSHELL ["/bin/bash", "-xc"]\nFROM a\nCMD run me';
    expect(resolve(df).argv).toEqual(['/bin/bash', '-xc', 'run me']);
  });
});

describe('continuation lines', () => {
  it('are joined keeping whitespace', () => {
    expect(resolve('FROM scratch\nCMD echo one && \\\n    echo two').argv).toEqual(['/bin/sh', '-c', 'echo one &&     echo two']);
  });
  it('drop comment lines inside a continuation', () => {
    expect(resolve('FROM scratch\nCMD echo one \\\n# a comment\n  two').argv).toEqual(['/bin/sh', '-c', 'echo one   two']);
  });
  it('use the backtick with # escape=` and keep backslashes literal', () => {
    const df = '# escape=`\nFROM scratch\nCMD echo C:\\dir `\n  two';
    expect(resolve(df).argv).toEqual(['/bin/sh', '-c', 'echo C:\\dir   two']);
  });
});

describe('no build-time expansion in CMD, ENTRYPOINT, RUN', () => {
  it('keeps $NAME literally in exec and shell form', () => {
    expect(resolve('FROM scratch\nENV NAME=x\nCMD ["echo","$NAME"]').argv).toEqual(['echo', '$NAME']);
    expect(resolve('FROM scratch\nENV NAME=x\nCMD echo $NAME').argv).toEqual(['/bin/sh', '-c', 'echo $NAME']);
  });
});

describe('ENTRYPOINT resets an inherited CMD', () => {
  it('clears the CMD of a parent stage', () => {
    expect(resolve('FROM scratch AS a\nCMD ["x"]\nFROM a\nENTRYPOINT ["/e"]').argv).toEqual(['/e']);
  });
  it('clears the CMD of a base image (python:3.12 has CMD ["python3"])', () => {
    expect(resolve('FROM python:3.12\nENTRYPOINT ["python3", "-m", "http.server"]').argv).toEqual(['python3', '-m', 'http.server']);
  });
  it('keeps a CMD written earlier in the same stage', () => {
    expect(resolve('FROM scratch AS a\nCMD ["x"]\nFROM a\nCMD ["y"]\nENTRYPOINT ["/e"]').argv).toEqual(['/e', 'y']);
  });
  it('ENTRYPOINT [] also resets the inherited CMD', () => {
    const r = resolve('FROM scratch AS a\nCMD ["x"]\nFROM a\nENTRYPOINT []');
    expect(r.argv).toBeNull();
  });
  it('ONBUILD ENTRYPOINT resets it when the trigger fires', () => {
    expect(resolve('FROM scratch AS a\nCMD ["x"]\nONBUILD ENTRYPOINT ["/e"]\nFROM a').argv).toEqual(['/e']);
  });
  it('ONBUILD triggers do not fire in the stage that declares them', () => {
    expect(resolve('FROM scratch\nCMD ["x"]\nONBUILD CMD ["y"]').argv).toEqual(['x']);
  });
});

describe('last one wins, empty forms', () => {
  it('last CMD and ENTRYPOINT win', () => {
    expect(resolve('FROM scratch\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["c"]\nENTRYPOINT ["d"]').argv).toEqual(['d', 'b']);
  });
  it('CMD [] records no command', () => {
    expect(resolve('FROM scratch\nCMD []').argv).toBeNull();
  });
  it('bare CMD records /bin/sh -c ""', () => {
    expect(resolve('FROM scratch\nCMD').argv).toEqual(['/bin/sh', '-c', '']);
  });
  it('CMD [""] records [""]', () => {
    expect(resolve('FROM scratch\nCMD [""]').argv).toEqual(['']);
  });
  it('shell-form CMD --help is a parse error; exec form is fine', () => {
    expect(resolve('FROM scratch\nCMD --help').argv).toBeNull();
    expect(resolve('FROM scratch\nCMD ["--help"]').argv).toEqual(['--help']);
  });
});

describe('WORKDIR, ENV, USER', () => {
  it('joins relative WORKDIRs and cleans them', () => {
    expect(cfg('FROM scratch\nWORKDIR /a\nWORKDIR b/../c\nWORKDIR d').workdir).toBe('/a/c/d');
  });
  it('stores an absolute WORKDIR as written and expands variables', () => {
    expect(cfg('FROM scratch\nENV HOME=/home/x\nWORKDIR $HOME/app').workdir).toBe('/home/x/app');
    expect(cfg('FROM scratch\nARG DIR=/srv\nWORKDIR ${DIR:-/x}/app').workdir).toBe('/srv/app');
  });
  it('defaults to / and inherits the base image WORKDIR (golang: /go)', () => {
    expect(cfg('FROM scratch').workdir).toBe('/');
    expect(cfg('FROM golang:1.23\nWORKDIR src').workdir).toBe('/go/src');
  });
  it('ENV A=1 B=$A: B sees A from before the instruction', () => {
    expect(cfg('FROM scratch\nENV A=0\nENV A=1 B=$A').env).toMatchObject({ A: '1', B: '0' });
  });
  it('USER is recorded as written and inherited', () => {
    expect(cfg('FROM scratch AS a\nUSER 1001:50\nFROM a').user).toBe('1001:50');
  });
});

describe('stages and targets', () => {
  const df = 'FROM scratch AS Build\nCMD ["build"]\nFROM scratch AS final\nCMD ["final"]';
  it('names are case-insensitive for --target', () => {
    expect(resolve(df, { target: 'BUILD' }).argv).toEqual(['build']);
    expect(resolve(df, { target: 'build' }).stage).toBe('build');
  });
  it('without --target the last stage runs; --target takes names, not indexes', () => {
    expect(resolve(df).argv).toEqual(['final']);
    expect(resolve(df, { target: '0' }).argv).toBeNull();
  });
  it('an unknown target is a clear error', () => {
    const r = resolve(df, { target: 'nope' });
    expect(r.argv).toBeNull();
    expect(r.error).toMatch(/nope/);
  });
  it('invalid stage names are build errors', () => {
    expect(resolve('FROM scratch AS 1build\nCMD ["x"]').argv).toBeNull();
  });
  it('a global ARG is visible in FROM only', () => {
    const m = analyze('ARG BASE=busybox:1.36\nFROM $BASE\nRUN echo $BASE');
    expect(m.stages[0].baseRef).toBe('busybox:1.36');
    expect(m.stages[0].vars.BASE).toBeUndefined();
    const m2 = analyze('ARG V=3\nFROM scratch\nARG V\nENV X=$V');
    expect(m2.stages[0].config.env.X).toBe('3');
  });
  it('TARGETARCH is predefined in FROM', () => {
    expect(analyze('FROM --platform=$BUILDPLATFORM golang:1.23-$TARGETOS').stages[0].baseRef).toBe('golang:1.23-linux');
  });
});

describe('known entrypoint scripts and distroless interpreters', () => {
  it('node docker-entrypoint.sh prepends node to a script name', () => {
    const r = resolve('FROM node:22\nCMD ["server.js"]');
    expect(r.argv).toEqual(['docker-entrypoint.sh', 'server.js']);
    expect(r.pid1.argv).toEqual(['node', 'server.js']);
    expect(resolve('FROM node:22\nCMD ["npm", "start"]').pid1.argv).toEqual(['npm', 'start']);
    expect(resolve('FROM node:22').pid1.argv).toEqual(['node']);
  });
  it('eclipse-temurin JRE has no CMD: the script has nothing to exec', () => {
    const r = resolve('FROM eclipse-temurin:21-jre');
    expect(r.argv).toEqual(['/__cacert_entrypoint.sh']);
    expect(r.problems.map((p) => p.code)).toContain('script-no-args');
  });
  it('distroless python3 repeats the interpreter', () => {
    const r = resolve('FROM gcr.io/distroless/python3-debian13\nCOPY app.py /app/\nCMD ["python3", "/app/app.py"]');
    expect(r.argv).toEqual(['/usr/bin/python3.13', 'python3', '/app/app.py']);
    expect(r.problems.map((p) => p.code)).toContain('interpreter-repeated');
  });
  it('distroless java and nodejs entrypoints', () => {
    expect(resolve('FROM gcr.io/distroless/java21-debian13\nCMD ["app.jar"]').argv).toEqual(['/usr/bin/java', '-jar', 'app.jar']);
    expect(resolve('FROM gcr.io/distroless/nodejs22-debian13\nCMD ["server.js"]').argv).toEqual(['/nodejs/bin/node', 'server.js']);
  });
  it('echo joins its arguments with one space: "Hello, " + "world!" has two spaces', () => {
    const r = resolve('FROM busybox\nENTRYPOINT ["echo", "Hello, "]\nCMD ["world!"]');
    expect(r.argv).toEqual(['echo', 'Hello, ', 'world!']);
  });
});

describe('predicted failures', () => {
  it('shell form in an image without /bin/sh', () => {
    const r = resolve('FROM gcr.io/distroless/static-debian13\nCOPY app /app\nCMD /app');
    expect(r.problems.map((p) => p.code)).toContain('shell-missing');
  });
  it('binary copied to one path and started from another (ERRATA 5)', () => {
    const df = 'FROM golang:1.23 AS build\nWORKDIR /app\nRUN go build -o myapp\nFROM gcr.io/distroless/static-debian13\nWORKDIR /app\nCOPY --from=build /app/myapp .\nENTRYPOINT ["/myapp"]';
    expect(resolve(df).problems.map((p) => p.code)).toContain('not-found');
    expect(resolve(df.replace('["/myapp"]', '["/app/myapp"]')).problems).toEqual([]);
    expect(resolve(df.replace('["/myapp"]', '["./myapp"]')).problems).toEqual([]);
  });
  it('a binary built but never copied into the final stage', () => {
    const df = 'FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM scratch\nENTRYPOINT ["/out/app"]';
    expect(resolve(df).problems.map((p) => p.code)).toContain('not-copied');
  });
  it('an image missing from the catalog is simulated as empty, with a warning', () => {
    const r = resolve('FROM mycorp/base:1.0\nCMD ["x"]');
    expect(r.argv).toEqual(['x']);
    expect(r.warnings.join(' ')).toMatch(/not in Stagecraft's base-image catalog/);
  });
});

describe('Kubernetes and Compose', () => {
  const df = 'FROM scratch\nENTRYPOINT ["/e", "-v"]\nCMD ["c1", "c2"]';
  const m = analyze(df);
  it('Kubernetes command replaces ENTRYPOINT and ignores CMD; args replace CMD', () => {
    expect(simulate(m, { k8s: { command: ['/x'] } }).argv).toEqual(['/x']);
    expect(simulate(m, { k8s: { args: ['a'] } }).argv).toEqual(['/e', '-v', 'a']);
    expect(simulate(m, { k8s: { command: ['/x'], args: ['a'] } }).argv).toEqual(['/x', 'a']);
    expect(simulate(m, { k8s: {} }).argv).toEqual(['/e', '-v', 'c1', 'c2']);
  });
  it('Compose entrypoint clears CMD unless command is given; strings split like words', () => {
    expect(simulate(m, { compose: { entrypoint: '/x --flag' } }).argv).toEqual(['/x', '--flag']);
    expect(simulate(m, { compose: { entrypoint: ['/x'], command: 'a "b c"' } }).argv).toEqual(['/x', 'a', 'b c']);
    expect(simulate(m, { compose: { command: ['a'] } }).argv).toEqual(['/e', '-v', 'a']);
    expect(simulate(m, { compose: { entrypoint: [] } }).argv).toBeNull();
  });
});
