# fails: builds
FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js .
CMD ["server.js"]
