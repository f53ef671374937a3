FROM node:24 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY server.js ./
RUN npx prettier --check server.js || true
RUN npm prune --omit=dev

FROM gcr.io/distroless/nodejs24-debian13
WORKDIR /app
COPY --from=build /app ./
EXPOSE 3000
CMD ["server.js"]
