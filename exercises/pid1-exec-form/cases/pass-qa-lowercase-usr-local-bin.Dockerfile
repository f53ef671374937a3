from node:22
workdir /home/node/app
copy --chown=node:node . .
user node
expose 3000
cmd ["/usr/local/bin/node", "server.js"]
