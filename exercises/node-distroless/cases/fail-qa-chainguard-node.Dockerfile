# fails: final-distroless
FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js ./

FROM cgr.dev/chainguard/node:latest
WORKDIR /app
COPY --from=build /app ./
CMD ["server.js"]
