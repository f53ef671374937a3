# fails: node-pid1
FROM gcr.io/distroless/nodejs22-debian13
WORKDIR /app
COPY server.js .
# The ENTRYPOINT is already /nodejs/bin/node: this runs node node server.js.
CMD ["node", "server.js"]
