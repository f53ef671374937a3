FROM golang:1.26-alpine AS builder
WORKDIR /go/src/app
COPY go.mod calculator.go calculator_test.go ./
RUN go build -o calculator

FROM builder AS test
RUN go test -v

FROM gcr.io/distroless/static-debian13
WORKDIR /app
COPY --from=builder /go/src/app/calculator .
ENTRYPOINT ["./calculator"]
