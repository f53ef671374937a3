import { ruleTable } from './table.ts';

ruleTable('copy-from-variable', {
  valid: [
    { name: 'workaround: ARG in FROM', dockerfile: ['ARG TOOLS=alpine:3.21', 'FROM ${TOOLS} AS tools', 'FROM scratch', 'COPY --from=tools /bin/busybox /busybox'] },
    { dockerfile: ['FROM scratch', 'ARG SRC=/x', 'COPY $SRC /y'] },
  ],
  invalid: [
    { dockerfile: ['ARG BUILDER=build', 'FROM golang:1.24 AS build', 'FROM scratch', 'COPY --from=$BUILDER /app /app'], lines: [4], column: 13 },
    { dockerfile: ['FROM scratch', 'ARG IMG=alpine:3.21', 'COPY --from=${IMG} /bin/sh /bin/sh'], lines: [3] },
  ],
});
