# distroless/base has glibc, so a binary built with cgo on (the golang default) runs there too.
FROM golang:1.26-bookworm AS builder
WORKDIR /app
COPY . .
RUN go build -o /app/bin/calculator ./

FROM gcr.io/distroless/base-debian13
COPY --from=builder /app/bin/calculator /usr/local/bin/calculator
CMD ["calculator"]
