FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js .

# ENTRYPOINT ["/nodejs/bin/node"]: node is PID 1 and CMD is the script.
FROM gcr.io/distroless/nodejs22-debian13:nonroot
WORKDIR /app
COPY --from=build /app .
CMD ["server.js"]
