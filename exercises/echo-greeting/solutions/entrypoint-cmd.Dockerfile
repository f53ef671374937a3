FROM busybox:1.37
ENTRYPOINT ["echo", "Hello,"]
CMD ["world!"]
