# fails: static-binary
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /calculator .
ENV CGO_ENABLED=0

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
