FROM node:22-slim
WORKDIR /app
ARG NPM_TOKEN
COPY .npmrc package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
