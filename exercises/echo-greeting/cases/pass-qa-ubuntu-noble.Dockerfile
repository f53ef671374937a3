FROM ubuntu:24.04
ENTRYPOINT ["echo", "Hello,"]
CMD ["world!"]
