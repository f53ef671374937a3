# fails: node-pid1
FROM node:22-slim AS build
WORKDIR /app
COPY . .

FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY --from=build /app .
CMD ["node", "server.js"]
