import { ruleTable } from './table.ts';

ruleTable('interpreter-repeated', {
  valid: [
    { dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'COPY app.py /app/', 'CMD ["/app/app.py"]'] },
    { dockerfile: ['FROM python:3.13-slim', 'CMD ["python3", "app.py"]'] },
    { dockerfile: ['FROM gcr.io/distroless/java21-debian13', 'COPY app.jar /app.jar', 'CMD ["/app.jar"]'] },
  ],
  invalid: [
    { name: 'ERRATA 7: python3 twice', dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'COPY calculator.py /app/', 'CMD ["python3", "/app/calculator.py"]'], lines: [3], column: 6, fix: '["/app/calculator.py"]' },
    { name: 'java -jar twice', dockerfile: ['FROM gcr.io/distroless/java21-debian13', 'COPY app.jar /app.jar', 'CMD ["java", "-jar", "/app.jar"]'], lines: [3], fix: '["/app.jar"]' },
    { name: 'node twice', dockerfile: ['FROM gcr.io/distroless/nodejs22-debian13', 'COPY server.js /app/', 'CMD ["node", "/app/server.js"]'], lines: [3], fix: '["/app/server.js"]' },
  ],
});
