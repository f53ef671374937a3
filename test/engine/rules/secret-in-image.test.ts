import { ruleTable } from './table.ts';

ruleTable('secret-in-image', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENV PYTHONUNBUFFERED=1 APP_PORT=8000', 'CMD ["python"]'] },
    { name: 'public keys and file paths', dockerfile: ['FROM python:3.12-slim', 'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D PUBLIC_KEY=x API_KEY_FILE=/run/secrets/api_key', 'CMD ["python"]'] },
    { name: 'secret mount', dockerfile: ['FROM node:22-slim', 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci', 'CMD ["node", "server.js"]'] },
    { name: 'ENV in a builder does not ship', dockerfile: ['FROM node:22 AS build', 'ENV NPM_TOKEN_PATH=/x', 'COPY .npmrc .', 'FROM node:22-slim', 'CMD ["node", "server.js"]'] },
    { name: '.env.example is not a secret', dockerfile: ['FROM node:22-slim', 'COPY .env.example /app/', 'CMD ["node", "server.js"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENV DJANGO_SECRET_KEY=changeme', 'CMD ["python"]'], lines: [2], column: 5 },
    { name: 'build arg', dockerfile: ['FROM node:22-slim', 'ARG NPM_TOKEN', 'RUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci', 'CMD ["node", "server.js"]'], lines: [2], column: 5 },
    { name: 'key files copied', dockerfile: ['FROM alpine:3.20', 'COPY .env id_rsa /app/', 'COPY certs/server.key /etc/ssl/', 'CMD ["sh"]'], lines: [2, 2, 3] },
    { name: 'second pair on the line', dockerfile: ['FROM alpine:3.20', 'ENV A=1 DB_PASSWORD=x', 'CMD ["sh"]'], lines: [2], column: 9 },
  ],
});
