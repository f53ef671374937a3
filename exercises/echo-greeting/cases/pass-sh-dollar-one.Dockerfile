FROM busybox
ENTRYPOINT ["sh", "-c", "echo \"Hello, $1\"", "sh"]
CMD ["world!"]
