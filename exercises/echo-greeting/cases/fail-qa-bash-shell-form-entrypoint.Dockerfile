# fails: greets-argument
FROM ubuntu:24.04
SHELL ["/bin/bash", "-c"]
ENTRYPOINT echo "Hello, ${NAME:-world!}"
