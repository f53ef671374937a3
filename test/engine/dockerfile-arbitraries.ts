// fast-check generators of Dockerfiles for the fuzz test and `npm run fuzz`: lines built from
// Dockerfile fragments (valid, broken and hostile), and realistic seeds mutated line by line.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Realistic Dockerfiles to mutate: the good and bad corpora, plus a few tricky inline ones. */
export function seedDockerfiles(): string[] {
  const out: string[] = [];
  for (const dir of ['good', 'bad']) {
    try {
      for (const f of readdirSync(join(FIXTURES, dir)).filter((x) => x.endsWith('.Dockerfile')).sort()) out.push(readFileSync(join(FIXTURES, dir, f), 'utf8'));
    } catch {
      // corpus not present: the inline seeds below still run
    }
  }
  out.push(
    ['# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN echo a `', '  b', 'CMD ["cmd"]'].join('\n'),
    ['ARG BASE=alpine:3.21', 'FROM $BASE AS a', 'RUN <<EOF', 'echo hi', 'EOF', 'FROM a', 'COPY --from=a <<EOT /x', 'text', 'EOT', 'ONBUILD RUN x'].join('\n'),
    ['FROM gcr.io/distroless/python3-debian13', 'COPY --from=b /app /app', 'CMD ["python3", "/app/x.py"]', 'HEALTHCHECK CMD ["curl", "-f", "x"]', 'USER app:app'].join('\n'),
  );
  return out;
}

const KEYWORDS = ['FROM', 'RUN', 'CMD', 'ENTRYPOINT', 'COPY', 'ADD', 'ENV', 'ARG', 'WORKDIR', 'USER', 'EXPOSE', 'LABEL', 'SHELL', 'HEALTHCHECK', 'ONBUILD', 'STOPSIGNAL', 'VOLUME', 'MAINTAINER', 'from', 'run', 'FOO', 'cmd'];

/** Fragments that stress the parser and the model: flags, JSON, variables, heredocs, escapes. */
const FRAGMENTS = [
  'alpine:3.21', 'scratch', 'golang:1.26 AS build', 'node:22-slim AS Build', 'gcr.io/distroless/static-debian13:nonroot', 'build', 'AS', 'as x', '--platform=$BUILDPLATFORM',
  '["python3", "app.py"]', "['a','b']", '["a",]', '["sleep", 10]', '[', ']', '{"a":1}', '["a"] trailing', '[]', '[""]', '"', "'", '\\', '`', '$', '${X:-y}', '${X:?}', '${', '$(', '$1',
  '--from=build', '--from=0', '--from=9', '--from=$X', '--from=', '--chown=app:app', '--mount=type=cache,target=/root/.cache', '--link', '--', '--help', '--interval=5', '--interval=5s',
  '/app', '.', './', '/', 'app.py', '/usr/local/bin/', 'src/', '*.txt', 'a b c', 'PATH=/opt/venv/bin:$PATH', 'A=1 B=$A', 'KEY value', 'NONE', 'CMD', 'root', '0:0', 'nonroot', '65532',
  '<<EOF', "<< 'EOF'", '<<-EOT', 'EOF', 'EOT', '&&', '||', ';', '|', '>', '2>&1', '#', '# comment', '# syntax=docker/dockerfile:1', '# escape=`', '\t', '  ', '\u00e9t\u00e9', '\ud83d\udc33', '\u0000',
  'go build -o /out/app .', 'pip install -r requirements.txt', 'python -m venv /opt/venv', 'npm ci', 'useradd -u 10001 app', 'apt-get install -y curl', 'CGO_ENABLED=0', 'exec', 'sh -c', '/bin/sh',
];

/** One physical line: a keyword with fragments, a bare fragment soup, a continuation or blank. */
export const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 })).map(([k, f]) => [k, ...f].join(' ')) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }).map((f) => f.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 30 })).map(([k, s]) => `${k} ${s} \\`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\\', '`', 'EOF', '# x') },
);

/** A Dockerfile of random lines (usually starting with FROM so the model has stages). */
export const randomDockerfile = fc
  .tuple(fc.boolean(), fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\n', '\r\n', '\r'))
  .map(([from, lines, eol]) => (from ? ['FROM alpine:3.21 AS first', ...lines] : lines).join(eol));

type Mutation = (lines: string[], rnd: { pick: number; text: string; other: number }) => string[];

const MUTATIONS: Mutation[] = [
  (l, r) => l.filter((_, i) => i !== r.pick % Math.max(1, l.length)),
  (l, r) => { const i = r.pick % Math.max(1, l.length); return [...l.slice(0, i), l[i] ?? '', ...l.slice(i)]; },
  (l, r) => { const a = r.pick % Math.max(1, l.length); const b = r.other % Math.max(1, l.length); const c = [...l]; [c[a], c[b]] = [c[b], c[a]]; return c; },
  (l, r) => { const i = r.pick % Math.max(1, l.length); const c = [...l]; const s = c[i] ?? ''; const at = r.other % (s.length + 1); c[i] = s.slice(0, at) + r.text + s.slice(at); return c; },
  (l, r) => { const i = r.pick % Math.max(1, l.length); const c = [...l]; const s = c[i] ?? ''; c[i] = s.slice(0, r.other % (s.length + 1)); return c; },
  (l, r) => { const i = r.pick % Math.max(1, l.length); const c = [...l]; c[i] = `${c[i] ?? ''} \\`; return c; },
  (l, r) => { const c = [...l]; c.splice(r.pick % (l.length + 1), 0, r.text); return c; },
  (l, r) => l.map((x, i) => (i === r.pick % Math.max(1, l.length) ? x.toLowerCase() : x)),
];

/** A seed Dockerfile with 1–6 random line mutations. */
export function mutatedDockerfile(seeds: string[]) {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.record({ m: fc.nat(MUTATIONS.length - 1), pick: fc.nat(), other: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), line) }), { minLength: 1, maxLength: 6 }),
    )
    .map(([seed, muts]) => muts.reduce((lines, x) => MUTATIONS[x.m](lines, x), seed.split('\n')).join('\n'));
}

/**
 * Instructions near the edges of the syntax rule's screens (rules/lib/validator-input.ts): each
 * keyword with words that are plainly valid, barely valid or barely invalid to dockerfile-utils,
 * sometimes continued over two lines. The shortcut must agree with a full validate() on these.
 */
const EDGE_WORDS: Record<string, string[]> = {
  HEALTHCHECK: ['--interval=30s', '--interval=0s', '--interval=1ns', '--interval=1.5s', '--interval=30', '--timeout=3s', '--timeout=3s', '--retries=3', '--retries=0', '--retries=1.5', '--retries=', '--start-period=5m', '--start-interval=1ms', '--foo=1', '--interval=-1s', '--interval=1h30m', 'NONE', 'none', 'CMD', 'cmd', 'curl', '-f', 'http://x/', '["curl","-f"]'],
  EXPOSE: ['80', '80/tcp', '80/TCP', '53/udp', '1-2', '80/xyz', '80:80', '$PORT', '${PORT}', 'abc', '"80"', '8080/sctp', '80/', '0'],
  COPY: ['--from=build', '--from=0', '--from=-x', '--from=', '--chown=a:b', '--chown=', '--chmod=755', '--link', '--link=true', '--link=maybe', '--parents', '--exclude=x', '--foo', '--constructor=x', 'a', 'b', 'c/', '/x/', './', '["a","b"]', '<<EOF', '$X', '${X}', '"a b"'],
  ADD: ['--checksum=sha256:abc', '--checksum=', '--keep-git-dir', '--keep-git-dir=false', '--chown=1', '--chmod=', '--link', '--from=x', '--unpack', 'https://x/a.tgz', 'a', '/opt/', 'b'],
  ENV: ['A=1', 'A="x y"', 'A="x"', 'A=', "A='x'", 'A="x', 'key', 'value', 'A=b=c', 'a.b-c=d', 'A=$B', 'A=${B}', 'A=${B:-x}', 'A=${B!}', '"A"=1', '=x', 'PATH=/opt/venv/bin:$PATH'],
  LABEL: ['a=1', 'org.opencontainers.image.source="svc"', 'maintainer="dev@example.com"', 'a="', 'a', 'b', 'a="x\\"y"', "a='x'", 'a=b=c'],
  ARG: ['X', 'X=1', 'X=$Y', 'X="a"', 'Y=2', '1X', 'X=a', 'b', 'X=${Y:-1}', 'X='],
  STOPSIGNAL: ['SIGTERM', '9', 'SIGRTMIN+3', 'TERM', '$SIG', 'sigterm', '9x', 'extra', '${SIG}'],
  WORKDIR: ['/app', 'app', '$HOME', '${HOME:-/}', '"/a b"', 'C:\\\\x'],
  USER: ['app', '1000:1000', '$U', '${U:?}', "'x'"],
  VOLUME: ['/data', '["/data"]', '[]', '[""]', '["a",', '"x"', '/a /b'],
  ENTRYPOINT: ['["/app"]', '[]', '[""]', '["a",', '/app', 'x', '"x"', "['a']", '["a", "b"]'],
  MAINTAINER: ['me', '<me@x>', '"x"'],
  FROM: ['alpine:3.21', 'alpine:', 'alpine@sha256:abc', 'a:b@sha256:0123', 'AS', 'as', 'b', 'B-1', '1b', '--platform=linux/amd64', '--platform=', '$BASE', '${BASE:-alpine}'],
  ONBUILD: ['RUN x', 'FROM x', 'ONBUILD RUN x', 'COPY a', 'MAINTAINER x'],
  SHELL: ['["/bin/sh", "-c"]', '[]', '/bin/sh', '["sh"'],
};

const edgeInstruction = fc
  .constantFrom(...Object.keys(EDGE_WORDS))
  .chain((k) => fc.tuple(fc.constant(k), fc.array(fc.constantFrom(...EDGE_WORDS[k]), { maxLength: 5 }), fc.nat()))
  .map(([k, ws, split]) => {
    const words = [k, ...ws];
    // Sometimes continue the instruction over a second line, after any word but the keyword.
    if (words.length < 3 || split % 3 !== 0) return words.join(' ');
    const at = 1 + (split % (words.length - 1));
    return `${words.slice(0, at).join(' ')} \u0001\n    ${words.slice(at).join(' ')}`; // \u0001: the escape character
  });

/** A Dockerfile of screen-edge instructions, mostly after a FROM, sometimes in several stages or with `# escape=\``. */
export const screenEdgeDockerfile = fc
  .tuple(fc.array(fc.oneof({ weight: 8, arbitrary: edgeInstruction }, { weight: 1, arbitrary: fc.constantFrom('FROM alpine AS s2', 'ARG PORT=80', 'ENV SIG=SIGTERM', '# dockerfile-utils: ignore', '', 'RUN x', 'COPY a` b', 'ENV A=`x') }), { maxLength: 20 }), fc.boolean(), fc.boolean())
  .map(([lines, global, backtick]) => [...(backtick ? ['# escape=`'] : []), ...(global ? ['ARG BASE=alpine'] : []), 'FROM alpine:3.21 AS first', ...lines].join('\n').replaceAll('\u0001', backtick ? '`' : '\\'));
