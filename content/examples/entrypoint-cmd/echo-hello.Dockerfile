# The example from the course notes, unchanged.
FROM ubuntu:latest
ENTRYPOINT ["echo", "Hello, "]
CMD ["world!"]
