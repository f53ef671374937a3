import { ruleTable } from './table.ts';

ruleTable('exec-entrypoint-with-shell-cmd', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["python"]', 'CMD ["app.py"]'] },
    { name: 'tini runs /bin/sh -c … fine', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ["/sbin/tini", "--"]', 'CMD ./run.sh --fast'] },
    { name: 'entrypoint script that execs its arguments', dockerfile: ['FROM alpine:3.20', 'COPY docker-entrypoint.sh /', 'ENTRYPOINT ["/docker-entrypoint.sh"]', 'CMD nginx -g "daemon off;"'] },
    { name: 'project script copied from the context', dockerfile: ['FROM alpine:3.22', 'COPY start /usr/local/bin/start', 'ENTRYPOINT ["/usr/local/bin/start"]', 'CMD ./server --port 80'] },
    { name: "node image's docker-entrypoint.sh", dockerfile: ['FROM node:22-slim', 'CMD node server.js'] },
    { name: 'shell ENTRYPOINT: another rule', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ./app', 'CMD run'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["python"]', 'CMD app.py'], lines: [3], column: 5, fix: '["app.py"]' },
    { name: 'base image entrypoint (distroless python)', dockerfile: ['FROM gcr.io/distroless/python3-debian12', 'COPY app.py /app/', 'CMD python3 /app/app.py'], lines: [3], fix: '["/app/app.py"]' },
  ],
});
