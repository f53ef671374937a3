FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm prune --omit=dev

FROM node:22-slim
WORKDIR /app
COPY --from=build /app ./
CMD ["node", "server.js"]
