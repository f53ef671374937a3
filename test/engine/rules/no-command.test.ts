import { ruleTable } from './table.ts';

ruleTable('no-command', {
  valid: [
    { name: 'own CMD', dockerfile: ['FROM scratch', 'COPY app /app', 'CMD ["/app"]'] },
    { name: 'inherited CMD (python)', dockerfile: ['FROM python:3.12-slim', 'COPY app.py /'] },
    { name: 'inherited ENTRYPOINT (distroless python)', dockerfile: ['FROM gcr.io/distroless/python3-debian12', 'COPY app.py /app.py'] },
    { name: 'temurin JRE with a CMD', dockerfile: ['FROM eclipse-temurin:21-jre', 'COPY app.jar /app.jar', 'CMD ["java", "-jar", "/app.jar"]'] },
    { name: 'temurin JRE with its own ENTRYPOINT', dockerfile: ['FROM eclipse-temurin:21-jre', 'COPY app.jar /app.jar', 'ENTRYPOINT ["java", "-jar", "/app.jar"]'] },
    { name: 'unknown base: its config may have a command', dockerfile: ['FROM example.com/acme/runtime:1.0', 'COPY app /app'] },
    { name: 'command in the parent stage', dockerfile: ['FROM scratch AS base', 'ENTRYPOINT ["/app"]', 'FROM base', 'COPY app /app'] },
    { name: 'target with a command', dockerfile: ['FROM gcr.io/distroless/static-debian12:nonroot AS bare', 'FROM bare AS run', 'ENTRYPOINT ["/app"]'], target: 'run' },
  ],
  invalid: [
    { name: 'distroless static without command', dockerfile: ['FROM golang:1.22 AS build', 'RUN go build -o /app .', 'FROM gcr.io/distroless/static-debian12:nonroot', 'COPY --from=build /app /app'], lines: [3], column: 6 },
    { name: 'scratch with USER but no command', dockerfile: ['FROM scratch', 'COPY app /app', 'USER 65532'], lines: [1] },
    { name: 'temurin JRE without CMD: the cacert entrypoint runs nothing', dockerfile: ['FROM eclipse-temurin:21-jre', 'COPY app.jar /app.jar', 'USER 1000'], lines: [1], column: 6 },
    { name: 'CMD [] clears the command', dockerfile: ['FROM gcr.io/distroless/base-debian12', 'CMD []'], lines: [1] },
    { name: 'export-only stage is a hint', dockerfile: ['FROM alpine:3.20 AS build', 'RUN echo hi > /out.txt', 'FROM scratch AS export', 'COPY --from=build /out.txt /'], lines: [3], severity: 'info' },
    { name: 'targeting a stage without a command', dockerfile: ['FROM gcr.io/distroless/static-debian12 AS bare', 'FROM bare', 'CMD ["/app"]'], target: 'bare', lines: [1], column: 43 },
  ],
});
