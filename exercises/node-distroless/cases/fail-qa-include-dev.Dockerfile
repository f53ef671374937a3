# fails: prod-deps
FROM node:22-slim AS build
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci --include=dev
COPY server.js ./

FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY --from=build /app ./
CMD ["server.js"]
