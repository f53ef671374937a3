import { ruleTable } from './table.ts';

ruleTable('variable-in-exec-form', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENV PORT=8000', 'CMD ["python", "app.py"]'] },
    { name: 'explicit shell expands it', dockerfile: ['FROM python:3.12-slim', 'CMD ["/bin/sh", "-c", "exec gunicorn --bind :$PORT app:app"]'] },
    { name: 'shell behind env / tini / su', dockerfile: ['FROM alpine:3.22', 'RUN ["/usr/bin/env", "bash", "-c", "echo $HOME"]', 'ENTRYPOINT ["/sbin/tini", "--", "sh", "-c", "exec app --port $PORT"]', 'CMD ["su", "app", "-c", "echo $USER"]'] },
    { name: 'shell form expands it', dockerfile: ['FROM python:3.12-slim', 'CMD exec gunicorn --bind :$PORT app:app'] },
    { name: 'CMD as the script of an sh -c entrypoint', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ["sh", "-c"]', 'CMD ["echo $HOME"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENV PORT=8000', 'CMD ["gunicorn", "--bind", "0.0.0.0:$PORT", "app:app"]'], lines: [3], column: 37 },
    { name: 'braces', dockerfile: ['FROM node:22-slim', 'ENTRYPOINT ["node", "${APP_HOME}/server.js"]'], lines: [2] },
    { name: 'RUN exec form', dockerfile: ['FROM alpine:3.20', 'RUN ["echo", "$HOME"]', 'CMD ["sh"]'], lines: [2] },
  ],
});
