import { ruleTable } from './table.ts';

ruleTable('copy-from-too-broad', {
  valid: [
    { name: 'artifact only', dockerfile: ['FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /src/app .', 'FROM scratch', 'COPY --from=build /src/app /app'] },
    { name: 'python app dir (no build step)', dockerfile: ['FROM python:3.13-slim AS build', 'WORKDIR /app', 'COPY . .', 'FROM python:3.13-slim', 'COPY --from=build /app /app'] },
    { name: 'builder copying from builder', dockerfile: ['FROM alpine:3.21 AS a', 'FROM alpine:3.21 AS b', 'COPY --from=a / /', 'FROM scratch', 'COPY --from=b /x /x'] },
  ],
  invalid: [
    { name: 'root', dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build / /'], lines: [4] },
    { name: 'whole source tree', dockerfile: ['FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o app .', 'FROM gcr.io/distroless/static-debian12', 'COPY --from=build /src /src', 'ENTRYPOINT ["/src/app"]'], lines: [6], column: 13 },
    { name: 'node app dir after npm run build', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'FROM node:22-slim', 'COPY --from=build /app /app', 'CMD ["node", "/app/dist/index.js"]'], lines: [6] },
  ],
});
