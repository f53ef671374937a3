# fails: greets-argument
FROM ubuntu:24.04
ENTRYPOINT echo "Hello, world!"
