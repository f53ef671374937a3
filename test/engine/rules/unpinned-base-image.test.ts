import { ruleTable } from './table.ts';

ruleTable('unpinned-base-image', {
  valid: [
    { dockerfile: ['FROM python:3.12-slim', 'CMD ["python"]'] },
    { name: 'scratch and stage names', dockerfile: ['FROM golang:1.22 AS build', 'FROM build AS test', 'FROM scratch', 'COPY --from=build /go/bin/app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'digest', dockerfile: ['FROM alpine@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5', 'CMD ["sh"]'] },
    { name: 'registry with a port and a tag', dockerfile: ['FROM registry.local:5000/team/base:1.4', 'CMD ["/app"]'] },
    { name: 'tag from a global ARG', dockerfile: ['ARG PY=3.12', 'FROM python:${PY}-slim', 'CMD ["python"]'] },
    { name: 'distroless with its Debian release and a variant tag', dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'CMD ["/app"]'] },
    { name: 'distroless pinned by digest', dockerfile: ['FROM gcr.io/distroless/static-debian13@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5', 'CMD ["/app"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM node', 'CMD ["node"]'], lines: [1], column: 6 },
    { name: 'latest', dockerfile: ['FROM ubuntu:latest AS build', 'FROM scratch', 'CMD ["/app"]'], lines: [1], severity: 'warning' },
    { name: 'distroless has no version tags: pin the digest (info)', dockerfile: ['FROM gcr.io/distroless/static-debian13:latest', 'CMD ["/app"]'], lines: [1], severity: 'info' },
    { name: 'distroless without a tag (info)', dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'CMD ["app.py"]'], lines: [1], severity: 'info' },
    { name: 'unsuffixed distroless floats across Debian releases, whatever the tag', dockerfile: ['FROM gcr.io/distroless/python3:nonroot', 'CMD ["app.py"]'], lines: [1], severity: 'warning' },
    { name: 'unsuffixed distroless with a hyphenated name', dockerfile: ['FROM gcr.io/distroless/base-nossl', 'CMD ["/app"]'], lines: [1], severity: 'warning' },
    { name: 'registry port is not a tag', dockerfile: ['FROM registry.local:5000/team/base', 'CMD ["/app"]'], lines: [1] },
    { name: 'chainguard publishes only latest: pin the digest (info)', dockerfile: ['FROM cgr.dev/chainguard/static:latest', 'COPY app /app', 'ENTRYPOINT ["/app"]'], lines: [1], severity: 'info' },
    { name: 'platform flag does not hide it', dockerfile: ['FROM --platform=$BUILDPLATFORM golang AS build', 'FROM scratch', 'CMD ["/app"]'], lines: [1], column: 32 },
  ],
});
