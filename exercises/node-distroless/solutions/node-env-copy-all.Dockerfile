FROM node:24-alpine AS deps
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY package*.json ./
# NODE_ENV=production makes npm ci omit devDependencies.
RUN npm ci && npm cache clean --force
COPY server.js .

FROM gcr.io/distroless/nodejs24-debian13
ENV NODE_ENV=production
COPY --from=deps /usr/src/app /usr/src/app
WORKDIR /usr/src/app
CMD ["server.js"]
