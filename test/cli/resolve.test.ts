// `stagecraft resolve` end to end, as instructors and the hidden suite call it (ARCHITECTURE.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/stagecraft.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-resolve-'));
const file = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, 'resolve', ...args], { input, encoding: 'utf8' });

const goDockerfile = file(
  'Dockerfile',
  [
    'FROM golang:1.26 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN CGO_ENABLED=0 go build -o /out/calc .',
    'FROM gcr.io/distroless/static-debian13:nonroot AS runtime',
    'COPY --from=build /out/calc /calc',
    'ENTRYPOINT ["/calc"]',
    'CMD ["--help"]',
  ].join('\n'),
);

describe('stagecraft resolve', () => {
  it('prints the argv as JSON with the stage and PID 1', () => {
    const r = run([goDockerfile, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.argv).toEqual(['/calc', '--help']);
    expect(out.stage).toBe('runtime');
    expect(out.pid1.argv).toEqual(['/calc', '--help']);
    expect(Array.isArray(out.warnings)).toBe(true);
  });
  it('passes arguments after -- and honours --target and --entrypoint', () => {
    expect(JSON.parse(run([goDockerfile, '--json', '--', 'add', '1', '2']).stdout).argv).toEqual(['/calc', 'add', '1', '2']);
    expect(JSON.parse(run([goDockerfile, '--json', '--target', 'build']).stdout).argv).toEqual(['bash']);
    expect(JSON.parse(run([goDockerfile, '--json', '--entrypoint', 'sh -c']).stdout).argv).toEqual(['sh -c']);
    expect(JSON.parse(run([goDockerfile, '--json', '--entrypoint=', '--', 'ls']).stdout).argv).toEqual(['ls']);
  });
  it('reports "no command specified" with argv null and exit 0', () => {
    const r = run(['-', '--json'], 'FROM scratch\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ argv: null, error: 'no command specified' });
  });
  it('reads standard input with -', () => {
    const r = run(['-'], 'FROM busybox\nCMD ["echo", "hi"]\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/argv: +echo hi/);
  });
  it('prints where each token came from in text mode', () => {
    const r = run([goDockerfile, '--', 'add']);
    expect(r.stdout).toMatch(/\/calc +from line 7 \(ENTRYPOINT\)/);
    expect(r.stdout).toMatch(/add +from docker run arguments/);
  });
  const oneLineError = (r: ReturnType<typeof run>, pattern: RegExp) => {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  };
  it('bad input: one clear line and exit 2, never a stack trace', () => {
    oneLineError(run([join(dir, 'missing')]), /no such file/);
    oneLineError(run([dir]), /is a directory/);
    oneLineError(run([file('bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]))]), /binary/);
    oneLineError(run([file('huge', 'FROM scratch\n' + '# padding line\n'.repeat(700_000))]), /MB/);
    oneLineError(run([]), /which Dockerfile/);
    oneLineError(run([goDockerfile, '--bogus']), /unknown option/);
    oneLineError(run([goDockerfile, 'extra']), /after --/);
  });
  it('an unknown --target is a failed build: argv null and the stage names (as docker build)', () => {
    const r = run([goDockerfile, '--target', 'nope', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.argv).toBeNull();
    expect(out.error).toMatch(/target stage "nope" could not be found.*build, runtime/);
    expect(run([goDockerfile, '--target', 'nope']).stdout).toMatch(/error: .*could not be found/);
  });
  it('a Dockerfile without FROM is simulated with an error, not a crash', () => {
    const r = run(['-', '--json'], 'RUN echo hi\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).argv).toBeNull();
  });
});
