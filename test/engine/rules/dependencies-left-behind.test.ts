import { ruleTable } from './table.ts';

ruleTable('dependencies-left-behind', {
  valid: [
    { name: 'pip installs only the packaging tool; poetry makes an in-project venv', dockerfile: ['FROM python:3.12-slim AS builder', 'ENV POETRY_VIRTUALENVS_IN_PROJECT=1', 'RUN pip install --no-cache-dir "poetry==1.8.3"', 'WORKDIR /app', 'RUN poetry install --only main --no-root', 'FROM python:3.12-slim', 'ENV PATH="/app/.venv/bin:$PATH"', 'COPY --from=builder /app/.venv /app/.venv', 'CMD ["uvicorn", "main:app"]'] },
    { name: 'uv pip install with an inline VIRTUAL_ENV', dockerfile: ['FROM python:3.12-slim AS builder', 'RUN uv venv /opt/venv && VIRTUAL_ENV=/opt/venv uv pip install -r requirements.txt', 'FROM python:3.12-slim', 'COPY --from=builder /opt/venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'CMD ["gunicorn", "app:app"]'] },
    { name: 'venv copied', dockerfile: ['FROM python:3.13-slim AS build', 'RUN python -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'FROM python:3.13-slim', 'COPY --from=build /opt/venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'COPY app.py /app/', 'CMD ["python", "/app/app.py"]'] },
    { name: 'prefix copied', dockerfile: ['FROM python:3.12 AS build', 'COPY requirements.txt .', 'RUN pip install --prefix=/install -r requirements.txt', 'FROM python:3.12-slim', 'COPY --from=build /install /usr/local', 'COPY . /app', 'CMD ["python", "/app/main.py"]'] },
    { name: 'final installs itself', dockerfile: ['FROM python:3.12 AS build', 'RUN pip install build && python -m build --wheel -o /wheels', 'FROM python:3.12-slim', 'COPY --from=build /wheels /wheels', 'RUN pip install /wheels/*.whl', 'CMD ["python", "-m", "app"]'] },
    { name: 'node modules copied', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'FROM node:22-slim', 'WORKDIR /app', 'COPY --from=build /app/node_modules ./node_modules', 'COPY --from=build /app/dist ./dist', 'CMD ["node", "dist/index.js"]'] },
    { name: 'static site to nginx', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html'] },
    { name: 'site-packages copied', dockerfile: ['FROM python:3.12 AS build', 'RUN pip install flask', 'FROM python:3.12-slim', 'COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages', 'CMD ["python", "-m", "flask", "run"]'] },
  ],
  invalid: [
    { name: 'pip install in a heredoc', dockerfile: ['FROM python:3.12 AS build', 'WORKDIR /app', 'RUN <<EOF', 'pip install -r requirements.txt', 'EOF', 'FROM python:3.12-slim', 'COPY --from=build /app /app', 'CMD ["python", "/app/main.py"]'], lines: [7] },
    { name: 'seed 000: system pip, only /app copied', dockerfile: ['FROM ubuntu:latest AS builder', 'RUN apt-get update && apt-get install -y python3 python3-pip', 'WORKDIR /app', 'COPY . .', 'RUN pip3 install -r requirements.txt', 'FROM python:3.9-slim', 'WORKDIR /app', 'COPY --from=builder /app /app', 'CMD ["python3", "app.py"]'], lines: [8], column: 13 },
    { name: 'seed 001: django', dockerfile: ['FROM python:3.9 AS builder', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .', 'FROM python:3.9-slim', 'WORKDIR /app', 'COPY --from=builder /app /app', 'CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]'], lines: [8] },
    { name: 'venv not copied', dockerfile: ['FROM python:3.13-slim AS build', 'RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt', 'COPY . /app', 'FROM gcr.io/distroless/python3-debian13', 'COPY --from=build /app /app', 'CMD ["/app/main.py"]'], lines: [5] },
    { name: 'node_modules left behind', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'FROM node:22-slim', 'COPY --from=build /app/dist /app/dist', 'CMD ["node", "/app/dist/index.js"]'], lines: [6] },
  ],
});
