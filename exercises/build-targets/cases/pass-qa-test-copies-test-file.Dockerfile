FROM golang:1.26 AS base
WORKDIR /src
COPY go.mod calculator.go ./

FROM base AS test
COPY calculator_test.go .
RUN CGO_ENABLED=0 go test -run . ./...

FROM base AS build
RUN CGO_ENABLED=0 go build -o /calculator .

FROM gcr.io/distroless/static-debian13 AS production
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
