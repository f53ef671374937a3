# sh -c "script" arg0 arg1...: the first argument after the script is $0.
FROM alpine:3.22
ENTRYPOINT ["/bin/sh", "-c", "echo \"Hello, $0\""]
CMD ["world!"]
