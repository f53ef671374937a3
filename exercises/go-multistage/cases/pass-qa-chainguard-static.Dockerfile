FROM golang:1.26 AS build
ENV CGO_ENABLED=0
WORKDIR /go/src/calculator
COPY go.mod calculator.go ./
RUN go build -o /go/bin/calculator

FROM cgr.dev/chainguard/static
COPY --from=build /go/bin/calculator /usr/bin/calculator
ENTRYPOINT ["/usr/bin/calculator"]
