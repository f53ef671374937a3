FROM node:22-bookworm-slim
WORKDIR /app
COPY . .
CMD ["/bin/sh", "-c", "exec node server.js"]
