import { ruleTable } from './table.ts';

ruleTable('ineffective-cmd', {
  valid: [
    { dockerfile: ['FROM golang:1.22 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'CMD in the parent stage is inherited', dockerfile: ['FROM python:3.12-slim AS base', 'CMD ["python", "app.py"]', 'FROM base', 'COPY app.py /'] },
    { name: 'another target (dev) is not blamed', dockerfile: ['FROM python:3.12-slim AS dev', 'CMD ["python", "-m", "debugpy"]', 'FROM python:3.12-slim AS prod', 'CMD ["python", "app.py"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM golang:1.22 AS build', 'RUN go build -o /app .', 'CMD ["/app"]', 'FROM gcr.io/distroless/static-debian12', 'COPY --from=build /app /app'], lines: [3], column: 1, severity: 'info' },
  ],
});
