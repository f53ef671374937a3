FROM node:24-slim
ARG NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json server.js ./
RUN npm ci && npm cache clean --force
CMD ["node", "server.js"]
