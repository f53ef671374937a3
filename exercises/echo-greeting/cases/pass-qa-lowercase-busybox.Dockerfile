# syntax=docker/dockerfile:1
from busybox
entrypoint ["echo", "Hello,"]
cmd ["world!"]
