# fails: greets-world
FROM ubuntu:latest
ENTRYPOINT ["echo", "Hello, "]
CMD ["world!"]
