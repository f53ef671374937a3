FROM node:22-slim
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package*.json server.js ./
RUN npm ci --omit=dev
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "server.js"]
