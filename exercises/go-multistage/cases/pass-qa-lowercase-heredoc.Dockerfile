# syntax=docker/dockerfile:1
from golang:1.26-trixie as build
workdir /work
copy go.mod calculator.go ./
run <<EOT
set -e
export CGO_ENABLED=0
go build -o /work/bin/calculator .
EOT

from gcr.io/distroless/static
workdir /app
copy --from=build /work/bin/calculator ./calculator
entrypoint ["./calculator"]
