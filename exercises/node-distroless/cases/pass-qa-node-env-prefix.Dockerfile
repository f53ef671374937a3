FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package*.json ./
RUN NODE_ENV=production npm ci

FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY --from=deps /app/node_modules /app/node_modules
COPY server.js /app/server.js
CMD ["/app/server.js"]
