# fails: nonroot
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

FROM debian:trixie-slim
RUN useradd -r calc
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
