# fails: prod-deps
FROM node:22-slim AS build
WORKDIR /app
COPY package.json ./
RUN npm install --omit=dev

FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY server.js .
CMD ["server.js"]
