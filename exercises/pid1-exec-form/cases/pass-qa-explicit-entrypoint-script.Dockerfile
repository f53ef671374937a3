FROM node:22-slim
WORKDIR /app
COPY . .
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "server.js"]
