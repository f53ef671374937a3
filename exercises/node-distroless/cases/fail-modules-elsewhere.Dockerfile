# fails: prod-deps
FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs22-debian13
COPY --from=build /app/node_modules /app/node_modules
# server.js in /srv: Node looks in /srv/node_modules and /node_modules, not /app/node_modules.
COPY server.js /srv/server.js
CMD ["/srv/server.js"]
