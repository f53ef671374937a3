# fails: greets-world
FROM alpine:3.22
ARG NAME=world!
ENTRYPOINT ["echo", "Hello,"]
CMD ["$NAME"]
