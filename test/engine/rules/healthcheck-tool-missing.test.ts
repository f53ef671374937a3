import { ruleTable } from './table.ts';

ruleTable('healthcheck-tool-missing', {
  valid: [
    { name: 'curl installed', dockerfile: ['FROM python:3.13-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl', 'HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1'] },
    { name: 'full image has curl', dockerfile: ['FROM python:3.13', 'HEALTHCHECK CMD curl -f http://localhost/'] },
    { name: 'alpine has busybox wget', dockerfile: ['FROM alpine:3.21', 'HEALTHCHECK CMD wget -q -O /dev/null http://localhost/'] },
    { name: 'own binary on distroless', dockerfile: ['FROM gcr.io/distroless/static-debian13', 'COPY health /health', 'HEALTHCHECK CMD ["/health"]'] },
    { name: 'shell form on distroless calling its own binary: only shell-form-without-shell applies', dockerfile: ['FROM gcr.io/distroless/static-debian13', 'COPY app /app', 'HEALTHCHECK CMD /app health', 'ENTRYPOINT ["/app"]'] },
    { name: 'node by its absolute path on distroless nodejs', dockerfile: ['FROM gcr.io/distroless/nodejs22-debian13', 'COPY . /app', 'HEALTHCHECK CMD ["/nodejs/bin/node", "/app/healthcheck.js"]', 'CMD ["/app/server.js"]'] },
    { name: 'python on distroless python3 is on PATH', dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'COPY . /app', 'HEALTHCHECK CMD ["python3", "/app/hc.py"]', 'CMD ["/app/main.py"]'] },
    { name: 'unknown base', dockerfile: ['FROM acme/base:1', 'HEALTHCHECK CMD curl -f http://localhost/'] },
  ],
  invalid: [
    { name: 'curl on slim', dockerfile: ['FROM python:3.13-slim', 'HEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/ || exit 1'], lines: [2] },
    { name: 'exec curl on distroless', dockerfile: ['FROM gcr.io/distroless/static-debian13', 'COPY app /app', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]', 'ENTRYPOINT ["/app"]'], lines: [3], column: 18 },
    { name: 'shell-form curl on distroless: neither sh nor curl', dockerfile: ['FROM gcr.io/distroless/static-debian13', 'COPY app /app', 'HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/healthz || exit 1', 'ENTRYPOINT ["/app"]'], lines: [3] },
    { name: 'shell-form wget on scratch', dockerfile: ['FROM scratch', 'COPY app /app', 'HEALTHCHECK CMD wget -q --spider http://localhost/', 'ENTRYPOINT ["/app"]'], lines: [3] },
    { name: 'node is not on the PATH of distroless nodejs', dockerfile: ['FROM gcr.io/distroless/nodejs22-debian13', 'COPY . /app', 'HEALTHCHECK --interval=30s CMD ["node", "/app/healthcheck.js"]', 'CMD ["/app/server.js"]'], lines: [3], column: 33 },
    { name: 'curl on alpine', dockerfile: ['FROM alpine:3.21', 'HEALTHCHECK CMD curl -f http://localhost/'], lines: [2] },
  ],
});
