FROM node:22-alpine AS builder
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM gcr.io/distroless/nodejs22
COPY --from=builder /build/node_modules /srv/node_modules
COPY server.js /srv/app/server.js
# Node also searches the parent directories: /srv/app/server.js finds /srv/node_modules.
CMD ["/srv/app/server.js"]
