FROM node:22-alpine
WORKDIR /usr/src/app
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
