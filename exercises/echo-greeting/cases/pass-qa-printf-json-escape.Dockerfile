FROM busybox:1.37
ENTRYPOINT ["printf", "Hello, %s\\n"]
CMD ["world!"]
