ARG NODE_VERSION=22
FROM node:${NODE_VERSION}-alpine
WORKDIR /app
COPY package*.json server.js ./
RUN npm ci --omit=dev && npm cache clean --force
CMD ["node", "--enable-source-maps", "server.js"]
