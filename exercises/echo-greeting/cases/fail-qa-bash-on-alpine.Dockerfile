# fails: greets-world
FROM alpine:3.22
ENTRYPOINT ["bash", "-c", "echo \"Hello, $0\""]
CMD ["world!"]
