FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN export NODE_ENV=production && npm ci
COPY server.js ./

FROM gcr.io/distroless/nodejs24-debian13:latest
WORKDIR /app
COPY --from=build /app .
CMD ["server.js"]
