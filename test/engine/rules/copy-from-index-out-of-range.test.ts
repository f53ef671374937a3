import { ruleTable } from './table.ts';

ruleTable('copy-from-index-out-of-range', {
  valid: [
    { dockerfile: ['FROM alpine:3.21', 'RUN touch /x', 'FROM scratch', 'COPY --from=0 /x /x'] },
    { dockerfile: ['FROM alpine:3.21 AS a', 'FROM alpine:3.21 AS b', 'FROM scratch', 'COPY --from=1 /x /x'] },
  ],
  invalid: [
    { name: 'past the end', dockerfile: ['FROM alpine:3.21', 'FROM scratch', 'COPY --from=2 /x /x'], lines: [3], column: 13 },
    { name: 'one-based thinking', dockerfile: ['FROM golang:1.24', 'FROM scratch', 'COPY --from=5 /app /app'], lines: [3] },
    { name: 'later stage by index', dockerfile: ['FROM alpine:3.21', 'COPY --from=1 /x /x', 'FROM alpine:3.21'], lines: [2] },
  ],
});
