# fails: node-pid1
FROM node:22-slim
COPY server.js /app/
# No WORKDIR: node looks for /server.js ("Cannot find module '/server.js'").
CMD ["node", "server.js"]
