FROM debian:trixie-slim
ENTRYPOINT ["printf", "%s %s\n", "Hello,"]
CMD ["world!"]
