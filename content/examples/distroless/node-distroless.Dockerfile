FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .

# Same Node major version (22) in both stages.
FROM gcr.io/distroless/nodejs22-debian13:nonroot
WORKDIR /app
COPY --from=build /app /app
# The ENTRYPOINT is already /nodejs/bin/node: give it only the script.
CMD ["server.js"]
