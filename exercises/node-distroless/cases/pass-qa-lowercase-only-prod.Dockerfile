from node:22 as builder
workdir /usr/src/app
copy package.json package-lock.json ./
run npm ci --only=production
copy server.js .

from gcr.io/distroless/nodejs22-debian13
copy --from=builder /usr/src/app /usr/src/app
workdir /usr/src/app
cmd ["server.js"]
