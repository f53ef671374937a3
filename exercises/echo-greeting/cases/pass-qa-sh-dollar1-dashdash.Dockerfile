FROM alpine:3.22
ENTRYPOINT ["/bin/sh", "-c", "echo Hello, $1", "--"]
CMD ["world!"]
