# fails: greets-argument
FROM alpine:3.22
CMD ["echo", "Hello, world!"]
