FROM node:22-slim
WORKDIR /app
COPY . .
ENTRYPOINT []
CMD ["node", "server.js"]
