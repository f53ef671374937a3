import { ruleTable } from './table.ts';

ruleTable('stage-name-invalid', {
  valid: [
    { dockerfile: ['FROM golang:1.24 AS build-env_1.x', 'FROM scratch'] },
    { dockerfile: ['FROM golang:1.24 AS b', 'FROM scratch AS final'] },
  ],
  invalid: [
    { name: 'starts with a digit', dockerfile: ['FROM golang:1.24 AS 1build', 'FROM scratch'], lines: [1], severity: 'error', column: 21, fix: 'build' },
    { name: 'symbol', dockerfile: ['FROM golang:1.24 AS build@1', 'FROM scratch'], lines: [1], severity: 'error' },
    { name: 'reserved scratch', dockerfile: ['FROM alpine:3.21 AS scratch', 'FROM scratch'], lines: [1], severity: 'warning' },
    { name: 'reserved context', dockerfile: ['FROM alpine:3.21 AS context'], lines: [1], severity: 'warning' },
    { name: 'upper case', dockerfile: ['FROM golang:1.24 AS Builder', 'FROM scratch'], lines: [1], severity: 'warning', fix: 'builder' },
  ],
});
