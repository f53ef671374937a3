ARG NODE_MAJOR=22
FROM node:${NODE_MAJOR}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Everything first (a real build step would use the devDependencies), then drop them.
RUN npm ci
COPY . .
RUN npm prune --omit=dev

FROM gcr.io/distroless/nodejs${NODE_MAJOR}-debian13
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/server.js server.js
CMD ["server.js"]
