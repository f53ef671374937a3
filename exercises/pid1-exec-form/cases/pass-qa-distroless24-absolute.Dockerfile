# syntax=docker/dockerfile:1
FROM node:24-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js ./

FROM gcr.io/distroless/nodejs24-debian13
COPY --from=build /app /app
CMD ["/app/server.js"]
