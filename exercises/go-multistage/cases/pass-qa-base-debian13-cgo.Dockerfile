# Dynamic glibc binary on distroless/base (which has glibc): cgo may stay on.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o calculator .

FROM gcr.io/distroless/base-debian13
COPY --from=build /src/calculator /calculator
ENTRYPOINT ["/calculator"]
