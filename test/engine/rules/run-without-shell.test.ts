import { ruleTable } from './table.ts';

ruleTable('run-without-shell', {
  valid: [
    { dockerfile: ['FROM alpine:3.21', 'RUN apk add --no-cache curl'] },
    { name: 'busybox copied in first', dockerfile: ['FROM busybox:musl AS bb', 'FROM scratch', 'COPY --from=bb /bin/busybox /bin/sh', 'RUN echo hi'] },
    { name: 'unused stage is not built', dockerfile: ['FROM scratch AS broken', 'RUN echo hi', 'FROM alpine:3.21', 'CMD ["true"]'] },
    { name: 'debug image with SHELL', dockerfile: ['FROM gcr.io/distroless/base-debian12:debug', 'SHELL ["/busybox/sh", "-c"]', 'RUN echo hi'] },
  ],
  invalid: [
    { name: 'scratch', dockerfile: ['FROM scratch', 'COPY app /app', 'RUN chmod +x /app'], lines: [3], column: 5 },
    { name: 'distroless, only the first RUN', dockerfile: ['FROM gcr.io/distroless/python3-debian12', 'RUN pip install flask', 'RUN echo two'], lines: [2] },
    { name: 'exec form calling sh', dockerfile: ['FROM gcr.io/distroless/static-debian12', 'RUN ["/bin/sh", "-c", "echo hi"]'], lines: [2] },
    { name: 'builder stage that is used', dockerfile: ['FROM scratch AS b', 'RUN echo hi > /x', 'FROM alpine:3.21', 'COPY --from=b /x /x'], lines: [2] },
  ],
});
