import { ruleTable } from './table.ts';

ruleTable('shell-entrypoint-ignores-cmd', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["python", "app.py"]', 'CMD ["--port", "80"]'] },
    { name: 'shell form that execs its one program, no CMD', dockerfile: ['FROM eclipse-temurin:21-jre', 'ENTRYPOINT exec java $JAVA_OPTS -jar /app.jar'] },
    { name: 'script uses its arguments', dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["/bin/sh", "-c", "exec python app.py \\"$@\\"", "app"]', 'CMD ["--port", "80"]'] },
    { name: 'sh -c entrypoint with CMD as the script', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ["/bin/sh", "-c"]', 'CMD ["echo hi"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT python app.py', 'CMD ["--port", "80"]'], lines: [2], column: 12, fix: '["python", "app.py"]' },
    { name: 'no CMD: docker run arguments are ignored too', dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT python app.py'], lines: [2] },
    { name: 'exec form that spells out sh -c', dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["/bin/sh", "-c", "python app.py"]', 'CMD ["--debug"]'], lines: [2] },
  ],
});
