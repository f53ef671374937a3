FROM debian:bookworm-slim
ENTRYPOINT ["/bin/echo", "Hello,"]
CMD ["world!"]
