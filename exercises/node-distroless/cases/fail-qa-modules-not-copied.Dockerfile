# fails: prod-deps
FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY server.js ./
CMD ["server.js"]
