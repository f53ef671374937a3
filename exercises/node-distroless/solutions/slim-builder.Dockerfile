FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# No npm, no shell. ENTRYPOINT is ["/nodejs/bin/node"], so CMD is just the script.
FROM gcr.io/distroless/nodejs22-debian13:nonroot
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY server.js ./
EXPOSE 3000
CMD ["server.js"]
