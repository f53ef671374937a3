# fails: node-pid1
FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
# Exec form, but npm is PID 1 and starts node through a shell.
CMD ["npm", "start"]
