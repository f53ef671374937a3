import { ruleTable } from './table.ts';

ruleTable('prefer-exec-form', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "app.py"]'] },
    { name: 'SHELL set explicitly (as BuildKit)', dockerfile: ['FROM python:3.12-slim', 'SHELL ["/bin/bash", "-c"]', 'CMD python app.py'] },
    { name: 'exec replaces the shell', dockerfile: ['FROM python:3.12-slim', 'CMD exec gunicorn --bind :$PORT app:app'] },
    { name: 'builder stage CMD does not ship', dockerfile: ['FROM python:3.12 AS build', 'CMD python x.py', 'FROM python:3.12-slim', 'CMD ["python", "app.py"]'] },
    { name: 'no shell at all: shell-form-without-shell reports it', dockerfile: ['FROM gcr.io/distroless/static-debian12', 'CMD /app'] },
    { name: 'scratch through a parent stage: no shell at all', dockerfile: ['FROM scratch AS base', 'COPY app /app', 'FROM base', 'CMD /app'] },
    { name: 'RUN shell form is fine', dockerfile: ['FROM alpine:3.20', 'RUN apk add --no-cache curl', 'CMD ["sh"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'CMD python app.py'], lines: [2], column: 5, fix: '["python", "app.py"]' },
    { name: 'ENTRYPOINT', dockerfile: ['FROM node:22-slim', 'ENTRYPOINT node server.js'], lines: [2], fix: '["node", "server.js"]' },
    { name: 'no mechanical fix for a real script', dockerfile: ['FROM alpine:3.20', 'CMD echo "$HOME" && sleep 1'], lines: [2] },
    { name: 'in a parent stage that the image is built from', dockerfile: ['FROM alpine:3.20 AS base', 'CMD ./run', 'FROM base', 'COPY run /run'], lines: [2] },
  ],
});
