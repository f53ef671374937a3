FROM node:22-slim
WORKDIR /app
# Reuse what npm install already put on the laptop.
COPY node_modules ./node_modules
COPY package.json server.js .env ./
CMD ["node", "server.js"]
