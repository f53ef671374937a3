ARG GO_VERSION=1.26
FROM golang:${GO_VERSION}-alpine AS builder
WORKDIR /build
COPY go.mod .
COPY main.go .
RUN go build -o greeter .

FROM scratch
COPY --from=builder /build/greeter /bin/greeter
EXPOSE 8080
ENTRYPOINT ["/bin/greeter"]
HEALTHCHECK --start-period=10s CMD ["/bin/greeter", "--healthcheck"]
