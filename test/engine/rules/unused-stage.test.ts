import { ruleTable } from './table.ts';

ruleTable('unused-stage', {
  valid: [
    { dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'] },
    { name: 'FROM parent', dockerfile: ['FROM node:22-slim AS base', 'FROM base', 'CMD ["node"]'] },
    { name: 'test stage meant for --target', dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM build AS test', 'RUN go test ./...', 'FROM scratch', 'COPY --from=build /app /app'] },
    { name: 'explicit target', target: 'build', dockerfile: ['FROM golang:1.24 AS build', 'FROM scratch AS other'] },
    { name: 'feeds another unused stage: only that one is reported', dockerfile: ['FROM alpine:3.21 AS a', 'FROM a AS test-a', 'FROM scratch'] },
  ],
  invalid: [
    { dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY app /app'], lines: [1], column: 21 },
    { name: 'unnamed', dockerfile: ['FROM golang:1.24', 'FROM alpine:3.21 AS x', 'FROM scratch', 'COPY --from=x /a /a'], lines: [1] },
  ],
});
