import { ruleTable } from './table.ts';

ruleTable('multiple-cmd', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["python"]', 'CMD ["app.py"]'] },
    { name: 'one CMD per stage', dockerfile: ['FROM python:3.12 AS build', 'CMD ["a"]', 'FROM python:3.12-slim', 'CMD ["b"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'CMD ["python", "worker.py"]', 'CMD ["python", "app.py"]'], lines: [2], column: 1 },
    { name: 'ENTRYPOINT and HEALTHCHECK too', dockerfile: ['FROM nginx:1.27', 'ENTRYPOINT ["a"]', 'HEALTHCHECK CMD ["x"]', 'ENTRYPOINT ["b"]', 'HEALTHCHECK NONE', 'HEALTHCHECK CMD ["y"]', 'CMD ["c"]'], lines: [2, 3, 5] },
  ],
});
