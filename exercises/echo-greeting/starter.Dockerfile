# The course notes' ENTRYPOINT + CMD example. It claims to print "Hello, world!", but echo puts
# a space between its arguments, and "Hello, " already ends in one.
FROM ubuntu:24.04
ENTRYPOINT ["echo", "Hello, "]
CMD ["world!"]
