# fails: greets-world
FROM gcr.io/distroless/static-debian13
ENTRYPOINT ["echo", "Hello,"]
CMD ["world!"]
