# fails: node-pid1
FROM node:22-alpine
WORKDIR /app
COPY . .
CMD ["sh", "-c", "exec npm start"]
