# The :debug tags ship BusyBox in /busybox (on PATH); an explicit ENTRYPOINT replaces the shell.
FROM gcr.io/distroless/base-debian13:debug
ENTRYPOINT ["echo", "Hello,"]
CMD ["world!"]
