# fails: final-minimal
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .
FROM ubuntu:24.04 AS runtime
COPY --from=build /calculator /calculator
FROM runtime
ENTRYPOINT ["/calculator"]
