# fails: same-node
FROM node:lts-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js ./

FROM gcr.io/distroless/nodejs24-debian13
WORKDIR /app
COPY --from=build /app ./
CMD ["server.js"]
