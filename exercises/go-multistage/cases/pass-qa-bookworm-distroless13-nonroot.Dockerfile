# syntax=docker/dockerfile:1
FROM golang:1.26-bookworm AS builder
WORKDIR /src
COPY go.mod ./
COPY calculator.go ./
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /bin/calculator .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /bin/calculator /usr/local/bin/calculator
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/calculator"]
