FROM cgr.dev/chainguard/node:latest
WORKDIR /app
COPY --chown=node:node package.json package-lock.json server.js ./
CMD ["server.js"]
