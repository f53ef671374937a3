# fails: node-pid1
FROM node:22-slim
WORKDIR /app
COPY . .
ENTRYPOINT ["/bin/bash", "-c", "node server.js; echo stopped"]
