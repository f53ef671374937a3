FROM node:22-alpine
RUN apk add --no-cache tini
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js .
EXPOSE 3000
# tini is PID 1: it forwards SIGTERM to node (its only child) and reaps zombies.
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "server.js"]
