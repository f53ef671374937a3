# syntax=docker/dockerfile:1
FROM node:22-alpine AS build
WORKDIR /app
COPY --link package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --link server.js ./

FROM gcr.io/distroless/nodejs22-debian13
COPY --link --from=build /app /app
WORKDIR /app
USER 65532:65532
CMD ["--enable-source-maps", "server.js"]
