ARG NODE_MAJOR=22
FROM node:${NODE_MAJOR}-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit dev
COPY . .

FROM gcr.io/distroless/nodejs${NODE_MAJOR}-debian13
COPY --from=build /src /app
WORKDIR /app
CMD ["server.js"]
