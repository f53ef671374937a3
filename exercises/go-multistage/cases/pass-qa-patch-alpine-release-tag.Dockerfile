FROM golang:1.26.0-alpine3.22 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
