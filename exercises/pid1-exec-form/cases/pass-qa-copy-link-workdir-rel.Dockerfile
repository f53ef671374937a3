# syntax=docker/dockerfile:1
ARG NODE_VERSION=22
FROM node:${NODE_VERSION}-alpine
WORKDIR /srv
COPY --link package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY --link server.js ./
EXPOSE 3000
CMD ["node", "./server.js"]
