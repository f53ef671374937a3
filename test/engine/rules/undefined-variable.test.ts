import { ruleTable } from './table.ts';

ruleTable('undefined-variable', {
  valid: [
    { dockerfile: ['ARG PY=3.12', 'FROM python:${PY}-slim', 'ARG APP=/app', 'WORKDIR $APP', 'ENV PATH=/opt/venv/bin:$PATH', 'CMD ["python"]'] },
    { name: 'platform ARGs in FROM, redeclared in the stage', dockerfile: ['FROM --platform=$BUILDPLATFORM golang:1.22 AS build', 'ARG TARGETOS TARGETARCH', 'ENV GOOS=$TARGETOS GOARCH=$TARGETARCH', 'RUN go build -o /out/app .', 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'ARG without default may come from --build-arg', dockerfile: ['FROM alpine:3.20', 'ARG VERSION', 'COPY app-${VERSION}.tar.gz /tmp/', 'CMD ["sh"]'] },
    { name: 'default value given', dockerfile: ['FROM alpine:3.20', 'WORKDIR ${APP_DIR:-/app}', 'CMD ["sh"]'] },
    { name: 'RUN is expanded by the shell, not Docker', dockerfile: ['FROM alpine:3.20', 'RUN echo $HOME', 'CMD ["sh"]'] },
    { name: 'unknown base may define it', dockerfile: ['FROM example.com/acme/jdk:21', 'WORKDIR $JAVA_HOME', 'CMD ["java"]'] },
    { name: 'conventional base-image ENV the catalog may not list', dockerfile: ['FROM nginx:stable', 'ENV NGINX_VERSION_LABEL=$NGINX_VERSION', 'CMD ["nginx"]'] },
    { name: 'base image ENV (golang GOPATH)', dockerfile: ['FROM golang:1.22', 'WORKDIR $GOPATH/src/app', 'CMD ["go"]'] },
  ],
  invalid: [
    { name: 'global ARG used in the stage without redeclaring', dockerfile: ['ARG VERSION=1.2', 'FROM alpine:3.20', 'COPY app-$VERSION.tar.gz /tmp/', 'CMD ["sh"]'], lines: [3], column: 10 },
    { name: 'undeclared in FROM', dockerfile: ['FROM python:${PYTHON_VERSION}-slim', 'CMD ["python"]'], lines: [1], column: 13 },
    { name: 'typo', dockerfile: ['FROM alpine:3.20', 'ENV APP_HOME=/srv/app', 'WORKDIR $APP_HOEM', 'CMD ["sh"]'], lines: [3] },
    { name: 'TARGETARCH without ARG in the stage', dockerfile: ['FROM --platform=$BUILDPLATFORM golang:1.22 AS build', 'ENV GOARCH=$TARGETARCH', 'RUN go build -o /out/app .', 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]'], lines: [2] },
  ],
});
