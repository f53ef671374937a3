FROM golang:1.26-bookworm AS builder
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /out/calculator .

FROM gcr.io/distroless/base-debian13
COPY --from=builder /out/calculator /calculator
USER nobody
CMD ["/calculator"]
