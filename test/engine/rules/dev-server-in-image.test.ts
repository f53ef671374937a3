import { ruleTable } from './table.ts';

ruleTable('dev-server-in-image', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'USER 10001', 'CMD ["gunicorn", "mysite.wsgi:application", "--bind", "0.0.0.0:8000"]'] },
    { name: 'a dev target may run the dev server', dockerfile: ['FROM python:3.12-slim AS dev', 'CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]', 'FROM python:3.12-slim AS prod', 'CMD ["gunicorn", "mysite.wsgi"]'], target: 'dev' },
    { name: 'manage.py migrate is not a server', dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "manage.py", "migrate"]'] },
  ],
  invalid: [
    { name: 'seed 001: Django runserver', dockerfile: ['FROM python:3.9-slim', 'WORKDIR /app', 'COPY . .', 'CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]'], lines: [4], column: 5 },
    { name: 'flask run (shell form)', dockerfile: ['FROM python:3.12-slim', 'CMD flask run --host=0.0.0.0'], lines: [2] },
    { name: 'uvicorn --reload', dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["uvicorn", "main:app"]', 'CMD ["--host", "0.0.0.0", "--reload"]'], lines: [3] },
    { name: 'npm run dev', dockerfile: ['FROM node:22-slim', 'CMD ["npm", "run", "dev"]'], lines: [2] },
  ],
});
