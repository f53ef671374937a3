# fails: final-minimal
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

FROM golang:1.26-alpine
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
