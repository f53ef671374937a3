# fails: deps-in-image
FROM node:22-slim
WORKDIR /app
# Builds, but node_modules never arrives: "Cannot find module 'ms'".
COPY . .
CMD ["node", "server.js"]
