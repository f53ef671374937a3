import { ruleTable } from './table.ts';

ruleTable('runtime-version-mismatch', {
  valid: [
    { dockerfile: ['FROM python:3.13-slim AS build', 'RUN python -m venv /opt/venv && /opt/venv/bin/pip install flask', 'FROM gcr.io/distroless/python3-debian13', 'COPY --from=build /opt/venv /opt/venv'] },
    { name: 'only sources copied', dockerfile: ['FROM python:3.12 AS build', 'COPY . /app', 'FROM python:3.11-slim', 'COPY --from=build /app /app', 'RUN pip install -r /app/requirements.txt'] },
    { name: 'same node major', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'RUN npm ci', 'FROM node:22-slim', 'COPY --from=build /app/node_modules /app/node_modules'] },
  ],
  invalid: [
    { name: 'seed 000: ubuntu:latest python3 builder, python:3.9 runtime', dockerfile: ['FROM ubuntu:latest AS builder', 'RUN apt-get update && apt-get install -y build-essential python3 python3-pip', 'WORKDIR /app', 'COPY . .', 'RUN pip3 install -r requirements.txt', 'FROM python:3.9-slim', 'WORKDIR /app', 'COPY --from=builder /app /app', 'CMD ["python3", "app.py"]'], lines: [8] },
    { name: 'python 3.12 venv into distroless 3.11', dockerfile: ['FROM python:3.12-slim AS build', 'RUN python -m venv /opt/venv && /opt/venv/bin/pip install flask', 'FROM gcr.io/distroless/python3-debian12', 'COPY --from=build /opt/venv /opt/venv'], lines: [4], column: 13 },
    { name: 'node 18 modules into node 22', dockerfile: ['FROM node:18 AS build', 'WORKDIR /app', 'RUN npm ci', 'FROM node:22-slim', 'COPY --from=build /app/node_modules /app/node_modules'], lines: [5] },
    { name: 'ubuntu apt python into python 3.9', dockerfile: ['FROM ubuntu:24.04 AS build', 'RUN apt-get update && apt-get install -y python3 python3-pip', 'RUN pip3 install --prefix=/install flask', 'FROM python:3.9-slim', 'COPY --from=build /install /usr/local'], lines: [5] },
  ],
});
