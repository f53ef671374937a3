FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
# No ENTRYPOINT here: the node image's own ENTRYPOINT ["docker-entrypoint.sh"] is inherited.
CMD ["server.js"]
