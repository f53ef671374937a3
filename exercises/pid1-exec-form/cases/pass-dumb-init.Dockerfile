FROM node:22-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends dumb-init && rm -rf /var/lib/apt/lists/*
WORKDIR /home/node/app
COPY --chown=node:node . .
USER node
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "server.js"]
