# fails: deps-in-image
FROM node:22-slim
WORKDIR /app
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
