# fails: node-pid1
FROM node:22-slim
WORKDIR /app
COPY . .
CMD ["npm", "run", "start"]
