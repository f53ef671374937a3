import { ruleTable } from './table.ts';

ruleTable('padded-exec-argument', {
  valid: [
    { dockerfile: ['FROM ubuntu:24.04', 'ENTRYPOINT ["echo", "Hello,"]', 'CMD ["world!"]'] },
    { name: 'inner spaces are fine', dockerfile: ['FROM ubuntu:24.04', 'CMD ["echo", "Hello, world"]'] },
    { name: 'sh -c script may have any spacing', dockerfile: ['FROM ubuntu:24.04', 'CMD ["sh", "-c", " echo hi "]'] },
  ],
  invalid: [
    { name: 'the seed echo example (ERRATA 9)', dockerfile: ['FROM ubuntu:latest', 'ENTRYPOINT ["echo", "Hello, "]', 'CMD ["world!"]'], lines: [2], column: 21, fix: '"Hello,"' },
    { name: 'a padded program name cannot be found', dockerfile: ['FROM ubuntu:24.04', 'CMD [" /app"]'], lines: [2], severity: 'error' },
  ],
});
