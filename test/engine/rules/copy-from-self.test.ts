import { ruleTable } from './table.ts';

ruleTable('copy-from-self', {
  valid: [
    { dockerfile: ['FROM alpine:3.21 AS a', 'RUN touch /x', 'FROM alpine:3.21 AS b', 'COPY --from=a /x /x'] },
    { dockerfile: ['FROM alpine:3.21', 'RUN touch /x', 'FROM alpine:3.21', 'COPY --from=0 /x /x'] },
  ],
  invalid: [
    { name: 'by name', dockerfile: ['FROM alpine:3.21 AS build', 'COPY --from=build /x /y'], lines: [2], column: 13 },
    { name: 'by name, other case', dockerfile: ['FROM alpine:3.21 AS Build', 'COPY --from=build /x /y'], lines: [2] },
    { name: 'by index', dockerfile: ['FROM alpine:3.21', 'FROM alpine:3.21', 'COPY --from=1 /x /y'], lines: [3] },
  ],
});
