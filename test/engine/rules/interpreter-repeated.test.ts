import { ruleTable } from './table.ts';

ruleTable('interpreter-repeated', {
  valid: [
    { dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'COPY app.py /app/', 'CMD ["/app/app.py"]'] },
    { dockerfile: ['FROM python:3.13-slim', 'CMD ["python3", "app.py"]'] },
    { dockerfile: ['FROM gcr.io/distroless/java21-debian13', 'COPY app.jar /app.jar', 'CMD ["/app.jar"]'] },
    { name: 'gunicorn run as a module', dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'COPY . /app', 'CMD ["-m", "gunicorn", "app:app"]'] },
    { name: 'npm on the full node image is a program', dockerfile: ['FROM node:22-slim', 'USER node', 'CMD ["npm", "start"]'] },
    { name: 'a module name without extension is a script node can resolve', dockerfile: ['FROM gcr.io/distroless/nodejs22-debian13', 'COPY . /app', 'WORKDIR /app', 'CMD ["server"]'] },
  ],
  invalid: [
    { name: 'ERRATA 7: python3 twice', dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'COPY calculator.py /app/', 'CMD ["python3", "/app/calculator.py"]'], lines: [3], column: 6, fix: '["/app/calculator.py"]' },
    { name: 'java -jar twice', dockerfile: ['FROM gcr.io/distroless/java21-debian13', 'COPY app.jar /app.jar', 'CMD ["java", "-jar", "/app.jar"]'], lines: [3], fix: '["/app.jar"]' },
    { name: 'npm start on distroless nodejs (no npm, node reads "npm" as a module)', dockerfile: ['FROM gcr.io/distroless/nodejs22-debian13', 'COPY . /app', 'WORKDIR /app', 'CMD ["npm", "start"]'], lines: [4], column: 6 },
    { name: 'gunicorn behind distroless python3', dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'COPY . /app', 'WORKDIR /app', 'CMD ["gunicorn", "--bind", ":8080", "app:app"]'], lines: [4], fix: '["-m", "gunicorn", "--bind", ":8080", "app:app"]' },
    { name: 'pip3 becomes -m pip', dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'CMD ["pip3", "list"]'], lines: [2], fix: '["-m", "pip", "list"]' },
    { name: 'node twice', dockerfile: ['FROM gcr.io/distroless/nodejs22-debian13', 'COPY server.js /app/', 'CMD ["node", "/app/server.js"]'], lines: [3], fix: '["/app/server.js"]' },
  ],
});
