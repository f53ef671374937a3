import { ruleTable } from './table.ts';

ruleTable('relative-workdir', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'WORKDIR /app', 'WORKDIR src', 'CMD ["python"]'] },
    { name: 'variable path', dockerfile: ['FROM python:3.12-slim', 'ENV APP=/srv', 'WORKDIR $APP', 'CMD ["python"]'] },
    { name: 'absolute WORKDIR in the parent stage', dockerfile: ['FROM python:3.12-slim AS base', 'WORKDIR /app', 'FROM base', 'WORKDIR static', 'CMD ["python"]'] },
    { name: 'Windows drive path (hadolint DL3000 treats it as absolute)', dockerfile: ['FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\app', 'WORKDIR bin', 'CMD ["cmd"]'] },
    { name: 'Windows drive path with forward slashes', dockerfile: ['FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'WORKDIR "C:/app"', 'CMD ["cmd"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM python:3.12-slim', 'WORKDIR app', 'CMD ["python"]'], lines: [2], column: 9, fix: '/app' },
    { name: 'golang joins it to /go', dockerfile: ['FROM golang:1.22', 'WORKDIR src/app', 'CMD ["go"]'], lines: [2], fix: '/go/src/app' },
    { name: 'absolute one comes after', dockerfile: ['FROM alpine:3.20', 'WORKDIR build', 'WORKDIR /app', 'CMD ["sh"]'], lines: [2] },
  ],
});
