# fails: greets-world
FROM gcr.io/distroless/base-debian13
ENTRYPOINT ["echo", "Hello,"]
CMD ["world!"]
