# fails: greets-argument
FROM ubuntu:24.04
ENV NAME=world!
ENTRYPOINT echo "Hello, $NAME"
