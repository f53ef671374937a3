FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /calculator -ldflags '-linkmode external -extldflags "-static"' .
FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
