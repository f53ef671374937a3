FROM ubuntu
ENTRYPOINT ["/bin/sh", "-c", "exec echo Hello, \"$@\"", "sh"]
CMD ["world!"]
