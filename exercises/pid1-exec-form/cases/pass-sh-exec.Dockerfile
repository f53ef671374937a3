FROM node:22-slim
WORKDIR /app
COPY . .
ENV HEAP_MB=256
EXPOSE 3000
# The shell only expands $HEAP_MB and then replaces itself with node.
CMD ["sh", "-c", "exec node --max-old-space-size=$HEAP_MB server.js"]
