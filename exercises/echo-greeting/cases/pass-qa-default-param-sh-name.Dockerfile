FROM debian:bookworm-slim
ENTRYPOINT ["sh", "-c", "echo \"Hello, ${1:-world!}\"", "greet"]
