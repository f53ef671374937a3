# `go build` without -o names the binary after the module (calculator) in the WORKDIR.
FROM golang:1.26 AS build
WORKDIR /app
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build

FROM gcr.io/distroless/static
WORKDIR /app
COPY --from=build /app/calculator ./
CMD ["/app/calculator"]
