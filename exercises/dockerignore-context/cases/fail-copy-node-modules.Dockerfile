# fails: builds
FROM node:22-slim
WORKDIR /app
COPY package*.json server.js ./
COPY node_modules node_modules
CMD ["node", "server.js"]
