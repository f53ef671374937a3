# fails: greets-world
FROM scratch
ENTRYPOINT ["echo", "Hello,"]
CMD ["world!"]
