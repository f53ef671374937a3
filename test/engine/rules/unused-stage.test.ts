import { ruleTable } from './table.ts';

ruleTable('unused-stage', {
  valid: [
    { dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'] },
    { name: 'FROM parent', dockerfile: ['FROM node:22-slim AS base', 'FROM base', 'CMD ["node"]'] },
    { name: 'test stage meant for --target', dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM build AS test', 'RUN go test ./...', 'FROM scratch', 'COPY --from=build /app /app'] },
    { name: 'explicit target', target: 'build', dockerfile: ['FROM golang:1.24 AS build', 'FROM scratch AS other'] },
    { name: 'feeds another unused stage: only that one is reported', dockerfile: ['FROM alpine:3.21 AS a', 'FROM a AS test-a', 'FROM scratch'] },
    { name: 'a sibling target with its own CMD (Compose build.target: worker)', dockerfile: ['FROM python:3.12-slim AS base', 'COPY . /app', 'FROM base AS worker', 'CMD ["celery", "-A", "app", "worker"]', 'FROM base AS web', 'CMD ["gunicorn", "app:app"]'] },
    { name: 'a runnable sibling on its own base that builds nothing (admin tool target)', dockerfile: ['FROM alpine:3.21 AS tools', 'RUN apk add --no-cache postgresql-client', 'CMD ["psql"]', 'FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'RUN --mount=type=bind,from= reads the stage', dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /out/app .', 'FROM alpine:3.21', 'RUN --mount=type=bind,from=build,source=/out,target=/mnt cp /mnt/app /usr/local/bin/app', 'CMD ["app"]'] },
    { name: 'mount from= a stage that feeds the target through another stage', dockerfile: ['FROM alpine:3.21 AS assets', 'RUN mkdir /a', 'FROM alpine:3.21 AS build', 'RUN --mount=type=cache,target=/c,from=ASSETS,source=/a ls /c > /list', 'FROM scratch', 'COPY --from=build /list /list'] },
  ],
  invalid: [
    { name: 'a compiling builder with a leftover CMD whose output is never copied', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'CMD ["npm", "start"]', 'FROM nginx:1.27-alpine', 'COPY dist /usr/share/nginx/html'], lines: [1] },
    { name: 'an unnamed stage with a CMD cannot be a --target, so it is still unused', dockerfile: ['FROM alpine:3.21', 'CMD ["sh"]', 'FROM alpine:3.21', 'CMD ["true"]'], lines: [1] },
    { name: 'mount from= an image of the same-looking name is not a stage', dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM alpine:3.21', 'RUN --mount=from=golang:1.24,source=/usr/local/go,target=/go true', 'CMD ["sh"]'], lines: [1] },
    { dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY app /app'], lines: [1], column: 21 },
    { name: 'unnamed', dockerfile: ['FROM golang:1.24', 'FROM alpine:3.21 AS x', 'FROM scratch', 'COPY --from=x /a /a'], lines: [1] },
  ],
});
