import { ruleTable } from './table.ts';

ruleTable('entrypoint-resets-cmd', {
  valid: [
    { name: 'a complete command replaces the base CMD on purpose', dockerfile: ['FROM python:3.12-slim', 'ENTRYPOINT ["python", "app.py"]'] },
    { name: 'CMD given again', dockerfile: ['FROM nginx:1.27', 'ENTRYPOINT ["/docker-entrypoint.sh"]', 'CMD ["nginx", "-g", "daemon off;"]'] },
    { name: 'CMD earlier in the same stage survives', dockerfile: ['FROM nginx:1.27', 'CMD ["nginx", "-g", "daemon off;"]', 'ENTRYPOINT ["/docker-entrypoint.sh"]'] },
    { name: 'a server binary replaces alpine\'s /bin/sh on purpose', dockerfile: ['FROM alpine:3.22', 'COPY server /bin/server', 'ENTRYPOINT ["/bin/server"]'] },
    { name: 'a program replaces debian\'s bash on purpose', dockerfile: ['FROM debian:bookworm-slim', 'ENTRYPOINT ["/usr/local/bin/app"]'] },
    { name: 'env followed by a complete command', dockerfile: ['FROM python:3.12-slim', 'COPY app.py /app.py', 'ENTRYPOINT ["/usr/bin/env", "python3", "/app.py"]'] },
    { name: 's6-overlay /init needs no CMD', dockerfile: ['FROM alpine:3.22', 'COPY rootfs/ /', 'ENTRYPOINT ["/init"]'] },
  ],
  invalid: [
    {
      name: 'nginx entrypoint re-declared',
      dockerfile: ['FROM nginx:1.27', 'ENTRYPOINT ["/docker-entrypoint.sh"]'],
      lines: [2],
      column: 1,
      fix: '\nCMD ["nginx", "-g", "daemon off;"]',
    },
    { name: 'tini in front of the inherited CMD', dockerfile: ['FROM python:3.12-slim', 'RUN apt-get update && apt-get install -y tini', 'ENTRYPOINT ["/usr/bin/tini", "--"]'], lines: [3] },
    { name: 'a bare program loses the arguments the base CMD gave it', dockerfile: ['FROM nginx:stable', 'ENTRYPOINT ["nginx"]'], lines: [2] },
    { name: 'env in front of a bare program still loses the base CMD', dockerfile: ['FROM nginx:stable', 'ENTRYPOINT ["env", "NGINX_ENTRYPOINT_QUIET_LOGS=1", "nginx"]'], lines: [2] },
    { name: 'from a parent stage', dockerfile: ['FROM alpine:3.20 AS base', 'CMD ["/app"]', 'FROM base', 'ENTRYPOINT ["/sbin/tini", "--"]'], lines: [4] },
  ],
});
