FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs22
COPY --from=build /app/node_modules /node_modules
WORKDIR /app
COPY server.js .
CMD ["./server.js"]
