# fails: node-pid1
FROM node:22-slim
WORKDIR /app
COPY . .
CMD ["npx", "node", "server.js"]
