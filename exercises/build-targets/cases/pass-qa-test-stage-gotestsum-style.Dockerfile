FROM golang:1.26 AS base
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod calculator.go calculator_test.go /src/

FROM base AS test
RUN go test -cover -v .

FROM base AS build
RUN go build -ldflags="-s -w" -o /calculator .

FROM gcr.io/distroless/static
COPY --from=build /calculator /calculator
CMD ["/calculator"]
