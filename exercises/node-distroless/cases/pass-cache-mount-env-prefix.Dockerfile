FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm NODE_ENV=production npm ci

FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY --from=build /app/node_modules/ ./node_modules/
COPY server.js .
USER 1000
CMD ["server.js"]
