# fails: test-stage
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

# calculator_test.go was never copied: go test says "no test files" and passes.
FROM build AS test
RUN go test ./...

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
