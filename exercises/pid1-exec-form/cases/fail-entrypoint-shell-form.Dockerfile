# fails: node-pid1
FROM node:22-slim
WORKDIR /app
COPY . .
# Shell-form ENTRYPOINT: /bin/sh -c "node server.js" is PID 1 (and CMD is ignored).
ENTRYPOINT node server.js
