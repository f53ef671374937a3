# fails: greets-argument
FROM debian:bookworm-slim
ENTRYPOINT echo "Hello, world!"
