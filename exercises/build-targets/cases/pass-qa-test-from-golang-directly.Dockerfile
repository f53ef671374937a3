FROM golang:1.25-alpine AS test
WORKDIR /app
COPY go.mod calculator.go calculator_test.go ./
RUN go test ./...

FROM golang:1.25-alpine AS build
WORKDIR /app
COPY go.mod calculator.go ./
RUN go build -o calculator .

FROM scratch
COPY --from=build /app/calculator /calculator
ENTRYPOINT ["/calculator"]
