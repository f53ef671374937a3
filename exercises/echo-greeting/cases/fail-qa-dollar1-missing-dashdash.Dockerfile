# fails: greets-world
FROM alpine:3.22
ENTRYPOINT ["sh", "-c", "echo \"Hello, $1\""]
CMD ["world!"]
