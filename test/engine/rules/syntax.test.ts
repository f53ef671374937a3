import { ruleTable } from './table.ts';

ruleTable('syntax', {
  valid: [
    { dockerfile: ['FROM alpine:3.21', 'RUN echo hi', 'CMD ["sh"]'] },
    { name: 'warnings are not syntax errors', dockerfile: ['FROM alpine:3.21', 'MAINTAINER me', 'run echo hi', 'WORKDIR app', 'CMD ["sh"]', 'CMD ["sh"]'] },
    { name: 'newer flags', dockerfile: ['FROM alpine:3.21', 'COPY --parents --exclude=*.md a/ /b/', 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar /x', 'ADD --unpack=true a.tar /x/', 'RUN --network=none echo'] },
    { name: 'heredoc', dockerfile: ['FROM alpine:3.21', 'RUN <<EOF', 'echo hi', 'EOF'] },
    { name: 'duplicate stage names are duplicate-stage-name', dockerfile: ['FROM alpine:3.21 AS a', 'FROM alpine:3.21 AS a'] },
  ],
  invalid: [
    { name: 'unknown instruction', dockerfile: ['FROM alpine:3.21', 'COPPY a /a'], lines: [2], column: 1 },
    { name: 'RUN --mount from a stage defined further down (BuildKit refuses it)', dockerfile: ['FROM golang:1.26 AS build', 'RUN --mount=type=bind,from=deps,target=/go go build -o /app .', 'FROM golang:1.26 AS deps', 'FROM build', 'CMD ["/app"]'], lines: [2], column: 5 },
    { name: 'missing argument', dockerfile: ['FROM alpine:3.21', 'USER'], lines: [2] },
    { name: 'SHELL not JSON', dockerfile: ['FROM alpine:3.21', 'SHELL /bin/bash -c'], lines: [2] },
    { name: 'non-string exec element', dockerfile: ['FROM alpine:3.21', 'CMD ["sleep", 10]'], lines: [2] },
    { name: 'no FROM', dockerfile: ['RUN echo hi'], lines: [1] },
    { name: 'bad duration', dockerfile: ['FROM alpine:3.21', 'HEALTHCHECK --interval=5 CMD true'], lines: [2] },
    { name: 'one problem, one finding', dockerfile: ['FROM alpine:3.21', 'FOO bar'], lines: [2] },
  ],
});
