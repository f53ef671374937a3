import { ruleTable } from './table.ts';

ruleTable('duplicate-stage-name', {
  valid: [
    { dockerfile: ['FROM golang:1.24 AS build', 'FROM alpine:3.21 AS test', 'FROM scratch AS final'] },
    { dockerfile: ['FROM golang:1.24', 'FROM alpine:3.21'] },
  ],
  invalid: [
    { dockerfile: ['FROM golang:1.24 AS build', 'FROM node:22 AS build', 'FROM scratch'], lines: [2], column: 17 },
    { name: 'case-insensitive', dockerfile: ['FROM golang:1.24 AS Build', 'FROM node:22 AS build', 'FROM scratch AS BUILD'], lines: [2, 3] },
  ],
});
