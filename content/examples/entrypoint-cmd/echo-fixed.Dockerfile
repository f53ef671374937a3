FROM ubuntu:24.04
# No trailing space: echo puts one space between its arguments itself.
ENTRYPOINT ["echo", "Hello,"]
CMD ["world!"]
