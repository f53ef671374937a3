# Unquoted: the shell splits words, so the two spaces collapse to one.
FROM alpine:3.22
ENTRYPOINT ["sh", "-c", "echo Hello,  $0"]
CMD ["world!"]
