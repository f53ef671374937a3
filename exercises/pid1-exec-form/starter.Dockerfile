# Works, but PID 1 is /bin/sh (shell form), which starts npm, which starts node.
# docker stop's SIGTERM never reaches the server: after 10 s Docker sends SIGKILL.
FROM node:22-slim
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
CMD npm start
