FROM debian:bookworm-slim
ENTRYPOINT ["printf", "Hello, %s\n"]
CMD ["world!"]
