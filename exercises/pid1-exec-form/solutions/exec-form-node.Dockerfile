FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY server.js ./
USER node
EXPOSE 3000
# Exec form: docker-entrypoint.sh execs "node server.js", so node is PID 1.
CMD ["node", "server.js"]
