FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY server.js .
ENTRYPOINT ["node", "--enable-source-maps"]
CMD ["server.js"]
