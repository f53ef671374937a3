FROM debian:trixie-slim
ENTRYPOINT ["sh", "-c", "echo \"Hello, ${1:-world!}\"", "greet"]
