FROM node:22-bookworm-slim
COPY server.js package.json /srv/hello/
CMD ["/usr/local/bin/node", "/srv/hello/server.js"]
