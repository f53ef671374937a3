FROM ubuntu:24.04
ENV GREETING="Hello,"
ENTRYPOINT ["/bin/sh", "-c", "echo $GREETING \"$@\"", "--"]
CMD ["world!"]
