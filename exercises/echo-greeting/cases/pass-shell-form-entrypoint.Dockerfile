# Shell-form ENTRYPOINT: CMD and run arguments become $0, $1 … of the script.
FROM alpine
ENTRYPOINT echo "Hello, $0"
CMD ["world!"]
