# fails: greets-world
FROM debian:bookworm-slim
ENTRYPOINT ["echo", "Hello, ", "world!"]
