FROM ubuntu:24.04
ENTRYPOINT ["/bin/echo", "Hello,"]
CMD ["world!"]
