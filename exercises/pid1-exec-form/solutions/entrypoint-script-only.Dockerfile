FROM node:22-alpine
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
# The node image's docker-entrypoint.sh sees a .js file, prepends node and execs: node is PID 1.
CMD ["server.js"]
