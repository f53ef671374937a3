import { ruleTable } from './table.ts';

ruleTable('runtime-config-left-in-builder', {
  valid: [
    { name: 'node_modules/.bin on the builder PATH; node is on every node image PATH', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'ENV PATH=/app/node_modules/.bin:$PATH', 'COPY . .', 'RUN npm ci && npm run build', 'FROM node:22-slim', 'WORKDIR /app', 'COPY --from=build /app /app', 'CMD ["node", "dist/index.js"]'] },
    { name: 'VIRTUAL_ENV only in the builder, the venv bin on the final PATH', dockerfile: ['FROM python:3.12-slim AS build', 'RUN python -m venv /venv', 'ENV PATH=/venv/bin:$PATH VIRTUAL_ENV=/venv', 'RUN pip install gunicorn', 'FROM python:3.12-slim', 'ENV PATH=/venv/bin:$PATH', 'COPY --from=build /venv /venv', 'CMD ["gunicorn", "app:app"]'] },
    { name: 'VIRTUAL_ENV only in the builder, the venv python named directly', dockerfile: ['FROM python:3.12-slim AS build', 'ENV VIRTUAL_ENV=/opt/venv', 'RUN python -m venv $VIRTUAL_ENV && $VIRTUAL_ENV/bin/pip install flask', 'FROM python:3.12-slim', 'COPY --from=build /opt/venv /opt/venv', 'CMD ["/opt/venv/bin/python", "-m", "flask", "run"]'] },
    { name: 'PATH repeated', dockerfile: ['FROM python:3.13-slim AS build', 'RUN python -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'RUN pip install gunicorn', 'FROM python:3.13-slim', 'COPY --from=build /opt/venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'CMD ["gunicorn", "app:app"]'] },
    { name: 'absolute path to the venv', dockerfile: ['FROM python:3.13-slim AS build', 'RUN python -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'FROM python:3.13-slim', 'COPY --from=build /opt/venv /opt/venv', 'CMD ["/opt/venv/bin/python", "-m", "app"]'] },
    { name: 'WORKDIR repeated', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'FROM node:22-slim', 'WORKDIR /app', 'COPY --from=build /app /app', 'CMD ["node", "server.js"]'] },
    { name: 'go toolchain PATH comes from the base image', dockerfile: ['FROM golang:1.26 AS build', 'RUN go build -o /usr/local/go/bin/app .', 'FROM golang:1.26', 'COPY --from=build /usr/local/go/bin/app /app', 'CMD ["app"]'] },
  ],
  invalid: [
    { name: 'venv on the builder PATH only: python is the system one', dockerfile: ['FROM python:3.13-slim AS build', 'RUN python -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'RUN pip install flask', 'FROM python:3.13-slim', 'COPY --from=build /opt/venv /opt/venv', 'CMD ["python", "-m", "flask", "run"]'], lines: [7] },
    { name: 'venv PATH only in the builder', dockerfile: ['FROM python:3.13-slim AS build', 'RUN python -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'RUN pip install gunicorn', 'FROM python:3.13-slim', 'COPY --from=build /opt/venv /opt/venv', 'CMD ["gunicorn", "app:app"]'], lines: [7], column: 6 },
    { name: 'PYTHONPATH only in the builder', dockerfile: ['FROM python:3.13 AS build', 'ENV PYTHONPATH=/deps', 'RUN pip install --target=/deps flask', 'FROM python:3.13-slim', 'COPY --from=build /deps /deps', 'COPY app.py /app.py', 'CMD ["python", "/app.py"]'], lines: [5] },
    { name: 'WORKDIR only in the builder', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'FROM node:22-slim', 'COPY --from=build /app /app', 'CMD ["node", "server.js"]'], lines: [7], column: 14 },
  ],
});
