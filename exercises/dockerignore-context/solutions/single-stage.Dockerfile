FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# .dockerignore keeps node_modules and .env out, so this copies only the app's own files.
COPY . .
ENV GREETING="Hello from the image"
USER node
CMD ["node", "server.js"]
