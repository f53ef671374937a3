# fails: greets-world
FROM busybox
ENTRYPOINT ["echo", "Hello,"]
CMD ["world"]
