# fails: node-pid1
FROM node:22-slim
WORKDIR /app
COPY server.js /srv/server.js
CMD ["node", "server.js"]
