# fails: final-distroless
FROM node:22 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js ./

FROM node:22-slim
WORKDIR /app
COPY --from=build /app ./
CMD ["node", "server.js"]
