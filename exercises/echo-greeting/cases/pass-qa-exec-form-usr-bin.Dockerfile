FROM ubuntu:latest
# one space: echo adds it between arguments
ENTRYPOINT [ "/usr/bin/echo", "Hello," ]
CMD [ "world!" ]
