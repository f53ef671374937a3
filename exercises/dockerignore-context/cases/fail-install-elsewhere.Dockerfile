# fails: deps-in-image
FROM node:22-slim
WORKDIR /deps
COPY package*.json ./
RUN npm ci --omit=dev
# server.js in /app looks in /app/node_modules and /node_modules, not /deps/node_modules.
WORKDIR /app
COPY server.js .
CMD ["node", "server.js"]
