import { ruleTable } from './table.ts';

ruleTable('debug-image-in-final-stage', {
  valid: [
    { dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'COPY app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'debug only in a builder', dockerfile: ['FROM gcr.io/distroless/base-debian13:debug AS dbg', 'FROM gcr.io/distroless/base-debian13', 'COPY --from=dbg /busybox/ls /ls'] },
    { name: 'not distroless', dockerfile: ['FROM acme/app:debug'] },
  ],
  invalid: [
    { dockerfile: ['FROM gcr.io/distroless/static-debian13:debug', 'COPY app /app', 'ENTRYPOINT ["/app"]'], lines: [1], column: 6, fix: 'gcr.io/distroless/static-debian13' },
    { name: 'debug-nonroot through a parent stage', dockerfile: ['FROM gcr.io/distroless/python3-debian13:debug-nonroot AS base', 'FROM base', 'CMD ["app.py"]'], lines: [1], fix: 'gcr.io/distroless/python3-debian13:nonroot' },
  ],
});
