import { ruleTable } from './table.ts';

ruleTable('copy-from-unknown-stage', {
  valid: [
    { dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'] },
    { name: 'case-insensitive', dockerfile: ['FROM golang:1.24 AS Build', 'FROM scratch', 'COPY --from=BUILD /app /app'] },
    { name: 'image with tag', dockerfile: ['FROM scratch', 'COPY --from=nginx:1.27 /etc/nginx/nginx.conf /nginx.conf'] },
    { name: 'bare catalog image', dockerfile: ['FROM alpine:3.21', 'COPY --from=busybox /bin/busybox /bin/busybox'] },
    { name: 'bare official image outside the catalog (composer docs pattern)', dockerfile: ['FROM php:8.3-fpm-alpine', 'COPY --from=composer /usr/bin/composer /usr/bin/composer', 'CMD ["php-fpm"]'] },
    { name: 'registry path', dockerfile: ['FROM scratch', 'COPY --from=ghcr.io/acme/tools /bin/tool /tool'] },
    { name: 'no --from', dockerfile: ['FROM scratch', 'COPY app /app'] },
  ],
  invalid: [
    { name: 'typo', dockerfile: ['FROM golang:1.24 AS builder', 'FROM scratch', 'COPY --from=buidler /app /app'], lines: [3], column: 13, fix: 'builder' },
    { name: 'unknown word', dockerfile: ['FROM golang:1.24 AS build', 'FROM scratch', 'COPY --from=artifacts /app /app'], lines: [3] },
    { name: 'defined later: BuildKit refuses the forward reference', dockerfile: ['FROM scratch AS out', 'COPY --from=late /a /a', 'FROM alpine:3.21 AS late'], lines: [2], severity: 'error' },
    { name: 'a later stage shadows an image of the same name', dockerfile: ['FROM scratch AS out', 'COPY --from=nginx /a /a', 'FROM alpine:3.21 AS nginx'], lines: [2], severity: 'error' },
    { name: 'official image name one typo from a stage is the stage misspelt', dockerfile: ['FROM alpine:3.21 AS bush', 'RUN echo hi > /hi', 'FROM scratch', 'COPY --from=bash /hi /hi'], lines: [4], fix: 'bush' },
    { name: 'with other flags', dockerfile: ['FROM node:22 AS deps', 'FROM node:22-slim', 'COPY --chown=node:node --from=dep /app /app'], lines: [3], fix: 'deps' },
  ],
});
