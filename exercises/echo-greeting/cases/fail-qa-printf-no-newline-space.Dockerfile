# fails: greets-world
FROM alpine:3.22
ENTRYPOINT ["printf", "Hello, %s\n", " "]
CMD ["world!"]
