import { ruleTable } from './table.ts';

ruleTable('exec-element-with-spaces', {
  valid: [
    { name: 'Windows program path with spaces', dockerfile: ['FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022', 'ENTRYPOINT ["C:\\\\Program Files\\\\dotnet\\\\dotnet.exe", "Api.dll"]'] },
    { dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "app.py"]'] },
    { name: 'script after sh -c', dockerfile: ['FROM alpine:3.20', 'CMD ["/bin/sh", "-c", "echo hi && sleep 1"]'] },
    { name: 'code after python -c', dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "-c", "import app; app.run()"]'] },
    { name: 'a message argument', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ["echo", "Hello, world"]'] },
    { name: 'short option with a number still parses', dockerfile: ['FROM python:3.12-slim', 'CMD ["gunicorn", "-w 4", "app:app"]'] },
    { name: 'CMD is the script of an sh -c entrypoint', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ["/bin/sh", "-c"]', 'CMD ["echo hi"]'] },
  ],
  invalid: [
    { name: 'whole command line', dockerfile: ['FROM python:3.12-slim', 'CMD ["python app.py"]'], lines: [2], column: 6, fix: '"python", "app.py"' },
    { name: 'option and value in one element', dockerfile: ['FROM python:3.12-slim', 'CMD ["gunicorn", "--bind 0.0.0.0:8000", "app:app"]'], lines: [2], column: 18, fix: '"--bind", "0.0.0.0:8000"' },
    { name: 'ENTRYPOINT and RUN', dockerfile: ['FROM alpine:3.20', 'RUN ["apk add curl"]', 'ENTRYPOINT ["/usr/bin/env python"]'], lines: [2, 3] },
    { name: 'CMD under tini is the program', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ["/sbin/tini", "--"]', 'CMD ["node server.js"]'], lines: [3] },
  ],
});
