# fails: builds
FROM node:22-slim
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js .env ./
CMD ["node", "server.js"]
