FROM node:26-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit dev
COPY server.js ./

FROM gcr.io/distroless/nodejs26-debian13:nonroot
WORKDIR /home/nonroot/app
COPY --from=build --chown=nonroot:nonroot /app ./
ENTRYPOINT ["/nodejs/bin/node"]
CMD ["server.js"]
