FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs22-debian13:nonroot
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY server.js ./
ENV GREETING=Hello
CMD ["server.js"]
