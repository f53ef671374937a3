import { ruleTable } from './table.ts';

ruleTable('shell-form-without-shell', {
  valid: [
    { name: 'exec form on distroless', dockerfile: ['FROM gcr.io/distroless/static-debian12', 'COPY app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'shell form with a shell', dockerfile: ['FROM alpine:3.21', 'CMD echo hi'] },
    { name: 'debug tag has busybox sh, via SHELL', dockerfile: ['FROM gcr.io/distroless/base-debian12:debug', 'SHELL ["/busybox/sh", "-c"]', 'CMD echo hi'] },
    { name: 'unknown base: silent', dockerfile: ['FROM acme/runtime:1', 'CMD /app serve'] },
    { name: 'shell CMD under exec ENTRYPOINT is not run by a shell', dockerfile: ['FROM scratch', 'COPY app /app', 'ENTRYPOINT ["/app"]', 'CMD --port 80'] },
    { name: 'builder stage may use shell form', dockerfile: ['FROM scratch AS x', 'CMD /app', 'FROM alpine:3.21', 'COPY --from=x / /x', 'CMD ["ls"]'] },
  ],
  invalid: [
    { name: 'scratch CMD', dockerfile: ['FROM scratch', 'COPY app /app', 'CMD /app --port 8080'], lines: [3], column: 5, fix: '["/app", "--port", "8080"]' },
    { name: 'distroless ENTRYPOINT', dockerfile: ['FROM gcr.io/distroless/static-debian12:nonroot', 'COPY app /app', 'ENTRYPOINT /app'], lines: [3], fix: '["/app"]' },
    { name: 'shell syntax: no fix offered', dockerfile: ['FROM scratch', 'COPY app /app', 'CMD /app > /tmp/log 2>&1'], lines: [3] },
    { name: 'healthcheck', dockerfile: ['FROM gcr.io/distroless/static-debian12', 'COPY app /app', 'HEALTHCHECK CMD /app -health', 'ENTRYPOINT ["/app"]'], lines: [3] },
    { name: 'inherited from a parent stage', dockerfile: ['FROM scratch AS base', 'COPY app /app', 'CMD /app', 'FROM base'], lines: [3] },
  ],
});
