FROM busybox:1.37
ENV GREETING=Hello,
ENTRYPOINT ["sh", "-c", "echo $GREETING $0"]
CMD ["world!"]
