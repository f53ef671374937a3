FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs22-debian13
COPY --from=build /app/node_modules /srv/node_modules
COPY server.js /srv/
WORKDIR /srv
ENTRYPOINT ["/nodejs/bin/node"]
CMD ["server.js"]
