import { ruleTable } from './table.ts';

ruleTable('shell-invoked-without-shell', {
  valid: [
    { dockerfile: ['FROM alpine:3.21', 'ENTRYPOINT ["sh", "-c", "exec /app"]'] },
    { dockerfile: ['FROM gcr.io/distroless/static-debian12', 'COPY app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'debug tag has /busybox/sh', dockerfile: ['FROM gcr.io/distroless/static-debian12:debug', 'ENTRYPOINT ["/busybox/sh", "-c", "echo hi"]'] },
    { name: 'exec HEALTHCHECK with sh on alpine', dockerfile: ['FROM alpine:3.21', 'COPY app /app', 'HEALTHCHECK CMD ["/bin/sh", "-c", "wget -qO- localhost:8080/health"]', 'ENTRYPOINT ["/app"]'] },
    { name: 'scratch + ADD of a local rootfs tarball (unpacked, as the alpine image is built)', dockerfile: ['FROM scratch', 'ADD alpine-minirootfs-3.22.0-x86_64.tar.gz /', 'CMD ["/bin/sh"]'] },
    { name: 'unknown base', dockerfile: ['FROM acme/base:1', 'ENTRYPOINT ["sh", "-c", "x"]'] },
  ],
  invalid: [
    { name: 'sh -c on distroless', dockerfile: ['FROM gcr.io/distroless/static-debian12', 'COPY app /app', 'ENTRYPOINT ["/bin/sh", "-c", "/app"]'], lines: [3], column: 13 },
    { name: 'bash on scratch via CMD', dockerfile: ['FROM scratch', 'CMD ["bash", "-c", "echo"]'], lines: [2] },
    { name: 'exec HEALTHCHECK that starts sh on distroless', dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'COPY app /app', 'HEALTHCHECK CMD ["/bin/sh", "-c", "wget -qO- localhost:8080/health"]', 'ENTRYPOINT ["/app"]'], lines: [3], column: 18 },
    { name: 'a remote tarball is not unpacked by ADD', dockerfile: ['FROM scratch', 'ADD https://example.com/rootfs.tar.gz /', 'CMD ["/bin/sh"]'], lines: [3] },
    { name: 'shell script on distroless', dockerfile: ['FROM gcr.io/distroless/base-debian12', 'COPY entrypoint.sh /entrypoint.sh', 'ENTRYPOINT ["/entrypoint.sh"]'], lines: [3] },
  ],
});
