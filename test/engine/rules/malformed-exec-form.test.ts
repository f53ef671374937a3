import { ruleTable } from './table.ts';

ruleTable('malformed-exec-form', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "app.py"]'] },
    { name: 'plain shell form', dockerfile: ['FROM python:3.12-slim', 'CMD python app.py'] },
    { name: 'spread over lines', dockerfile: ['FROM python:3.12-slim', 'CMD ["python", \\', '     "app.py"]'] },
  ],
  invalid: [
    { name: 'single quotes', dockerfile: ['FROM python:3.12-slim', "CMD ['python', 'app.py']"], lines: [2], column: 5, fix: '["python", "app.py"]' },
    { name: 'trailing comma', dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["python", "app.py",]'], lines: [2], fix: '["python", "app.py"]' },
    { name: 'RUN with flags keeps them in the fix', dockerfile: ['FROM alpine:3.20', "RUN --network=none ['echo', 'hi']", 'CMD ["sh"]'], lines: [2], column: 20, fix: '["echo", "hi"]' },
    { name: 'a trailing comment is only dropped (info)', dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "app.py"] # start it'], lines: [2], column: 26, severity: 'info' },
    { name: 'trailing arguments are dropped', dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "app.py"] --debug'], lines: [2], column: 26, severity: 'error' },
    { name: 'a number in the array', dockerfile: ['FROM alpine:3.22', 'CMD ["sleep", 10]'], lines: [2], fix: '["sleep", "10"]' },
    { name: 'HEALTHCHECK', dockerfile: ['FROM nginx:1.27', "HEALTHCHECK CMD ['curl', '-f', 'http://localhost/']"], lines: [2] },
  ],
});
