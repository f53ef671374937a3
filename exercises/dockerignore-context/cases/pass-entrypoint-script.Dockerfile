FROM node:22-bookworm-slim
WORKDIR /home/node/app
COPY --chown=node:node package*.json ./
RUN npm ci --omit=dev
COPY --chown=node:node server.js ./
USER node
ENV PORT=8080 GREETING=Howdy
EXPOSE 8080
CMD ["server.js"]
