# fails: node-pid1
FROM node:22-alpine
WORKDIR /app
COPY . .
CMD ["yarn", "start"]
