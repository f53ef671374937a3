import { ruleTable } from './table.ts';

ruleTable('runs-as-root', {
  valid: [
    { name: 'USER from a variable the base image sets', dockerfile: ['FROM mcr.microsoft.com/dotnet/aspnet:8.0', 'USER $APP_UID', 'ENTRYPOINT ["./app"]'] },
    { dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'COPY app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'USER after root work', dockerfile: ['FROM debian:bookworm-slim', 'USER root', 'RUN apt-get update', 'USER 10001', 'CMD ["/app"]'] },
    { name: 'root builder is fine', dockerfile: ['FROM golang:1.26 AS build', 'USER root', 'RUN go build -o /app .', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY --from=build /app /app'] },
    { name: 'node image with USER node', dockerfile: ['FROM node:22-slim', 'USER node', 'CMD ["node", "server.js"]'] },
    { name: 'unknown base: silent', dockerfile: ['FROM acme/base:1', 'CMD ["/app"]'] },
    { name: 'scratch export stage for docker build --output (nothing runs)', dockerfile: ['FROM golang:1.26 AS build', 'RUN CGO_ENABLED=0 go build -o /bin/app .', 'FROM scratch AS binaries', 'COPY --from=build /bin/app /'] },
  ],
  invalid: [
    { name: 'scratch with a command still runs as root', dockerfile: ['FROM golang:1.26 AS build', 'RUN CGO_ENABLED=0 go build -o /bin/app .', 'FROM scratch', 'COPY --from=build /bin/app /', 'CMD ["/app"]'], lines: [3] },
    { name: 'explicit USER root', dockerfile: ['FROM node:22-slim', 'USER root', 'CMD ["node", "server.js"]'], lines: [2], column: 6 },
    { name: 'USER 0:0', dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'USER 0:0', 'ENTRYPOINT ["/app"]'], lines: [2] },
    { name: 'no USER on a root base', dockerfile: ['FROM python:3.13-slim', 'CMD ["python", "app.py"]'], lines: [1] },
    { name: 'distroless root tag: fix to nonroot', dockerfile: ['FROM gcr.io/distroless/static-debian13', 'COPY app /app', 'ENTRYPOINT ["/app"]'], lines: [1], fix: 'gcr.io/distroless/static-debian13:nonroot' },
    { name: 'scratch', dockerfile: ['FROM golang:1.26 AS b', 'FROM scratch', 'COPY --from=b /app /app', 'ENTRYPOINT ["/app"]'], lines: [2] },
  ],
});
