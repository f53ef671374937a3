import { ruleTable } from './table.ts';

ruleTable('deprecated-syntax', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'LABEL org.opencontainers.image.authors="a@b.c"', 'ENV A=1 B="two words"', 'CMD ["python"]'] },
    { name: 'all lower case is consistent', dockerfile: ['from python:3.12-slim', 'env A=1', 'cmd ["python"]'] },
  ],
  invalid: [
    { name: 'MAINTAINER', dockerfile: ['FROM python:3.12-slim', 'MAINTAINER Jane <jane@example.com>', 'CMD ["python"]'], lines: [2], column: 1, fix: 'LABEL org.opencontainers.image.authors="Jane <jane@example.com>"' },
    { name: 'ENV key value', dockerfile: ['FROM python:3.12-slim', 'ENV APP_HOME /srv/app', 'CMD ["python"]'], lines: [2], column: 5, fix: 'APP_HOME=/srv/app' },
    { name: 'ENV value with spaces gets quotes', dockerfile: ['FROM python:3.12-slim', 'ENV GREETING hello world', 'CMD ["python"]'], lines: [2], fix: 'GREETING="hello world"' },
    { name: 'casing', dockerfile: ['FROM python:3.12-slim', 'run pip install flask', 'CMD ["python"]'], lines: [2], fix: 'RUN' },
  ],
});
