import { ruleTable } from './table.ts';

ruleTable('cache-busting-copy-order', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .', 'CMD ["python", "app.py"]'] },
    { name: 'installing the project itself after COPY . is fine', dockerfile: ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install --no-cache-dir .', 'CMD ["app"]'] },
    { name: 'npm install of a named package', dockerfile: ['FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm install -g serve', 'CMD ["serve"]'] },
    { name: 'go build only', dockerfile: ['FROM golang:1.22', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build -o /app .'] },
    { name: 'dependencies installed before the copy, project after (uv)', dockerfile: ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY pyproject.toml uv.lock ./', 'RUN uv sync --frozen --no-install-project', 'COPY . .', 'RUN uv sync --frozen', 'CMD ["app"]'] },
    { name: 'unused stage is not built', dockerfile: ['FROM node:22 AS old', 'COPY . .', 'RUN npm ci', 'FROM node:22-slim', 'CMD ["node", "x.js"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements.txt', 'CMD ["python", "app.py"]'], lines: [3], column: 6 },
    { name: 'npm ci in a builder stage', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY ./ ./', 'RUN npm ci && npm run build', 'FROM nginx:1.27', 'COPY --from=build /app/dist /usr/share/nginx/html'], lines: [3] },
    { name: 'go mod download', dockerfile: ['FROM golang:1.22', 'WORKDIR /src', 'COPY . .', 'RUN go mod download', 'RUN go build -o /app .'], lines: [3] },
  ],
});
