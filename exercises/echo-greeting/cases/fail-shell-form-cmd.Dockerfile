# fails: greets-argument
FROM ubuntu:24.04
CMD echo Hello, world!
