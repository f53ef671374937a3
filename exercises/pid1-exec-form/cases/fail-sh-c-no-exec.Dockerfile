# fails: node-pid1
FROM node:22-alpine
WORKDIR /app
COPY . .
ENV PORT=3000
CMD ["sh", "-c", "node server.js --port=$PORT"]
