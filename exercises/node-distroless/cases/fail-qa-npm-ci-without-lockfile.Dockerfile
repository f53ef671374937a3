# fails: builds
FROM node:22-slim AS build
WORKDIR /app
COPY package.json ./
RUN npm ci --omit=dev
COPY server.js ./

FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY --from=build /app ./
CMD ["server.js"]
