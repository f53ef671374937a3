import { ruleTable } from './table.ts';

ruleTable('named-user-without-passwd', {
  valid: [
    { name: 'passwd line written by a RUN', dockerfile: ['FROM alpine:3.21', 'RUN echo "app:x:10001:10001::/home/app:/sbin/nologin" >> /etc/passwd', 'USER app'] },
    { name: 'created in a heredoc RUN', dockerfile: ['FROM debian:bookworm-slim', 'RUN <<EOF', 'set -eux', 'useradd -r -u 10001 app', 'EOF', 'USER app'] },
    { dockerfile: ['FROM scratch', 'USER 65532:65532'] },
    { dockerfile: ['FROM gcr.io/distroless/static-debian13', 'USER nonroot'] },
    { name: 'useradd with the name from an ARG (devcontainer pattern)', dockerfile: ['FROM debian:bookworm-slim', 'ARG USERNAME=dev', 'ARG USER_UID=1000', 'RUN groupadd --gid $USER_UID $USERNAME && useradd --uid $USER_UID --gid $USER_UID -m $USERNAME', 'USER $USERNAME', 'CMD ["bash"]'] },
    { name: 'adduser with ${NAME} from an ENV', dockerfile: ['FROM alpine:3.21', 'ENV APP_USER=svc', 'RUN adduser -D ${APP_USER}', 'USER svc'] },
    { name: 'created by useradd', dockerfile: ['FROM debian:bookworm-slim', 'RUN useradd -r -u 10001 app', 'USER app'] },
    { name: 'passwd copied in', dockerfile: ['FROM alpine:3.21 AS u', 'RUN adduser -D app', 'FROM scratch', 'COPY --from=u /etc/passwd /etc/passwd', 'USER app'] },
    { name: 'node user in node images', dockerfile: ['FROM node:22-slim', 'USER node'] },
    { name: 'debian system user', dockerfile: ['FROM debian:bookworm-slim', 'USER www-data'] },
    { name: 'unknown base', dockerfile: ['FROM acme/base:1', 'USER app'] },
  ],
  invalid: [
    { name: 'named user on scratch', dockerfile: ['FROM scratch', 'COPY app /app', 'USER nonroot', 'ENTRYPOINT ["/app"]'], lines: [3], column: 6, fix: '65532' },
    { name: 'uid from the builder', dockerfile: ['FROM debian:bookworm-slim AS b', 'RUN useradd -u 10001 appuser', 'FROM gcr.io/distroless/static-debian13', 'USER appuser:appuser'], lines: [4], fix: '10001:10001' },
    { name: 'user not created', dockerfile: ['FROM debian:bookworm-slim', 'USER appuser'], lines: [2] },
  ],
});
