FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

FROM scratch
COPY --from=build /etc/passwd /etc/passwd
COPY --from=build /calculator /calculator
USER nobody
ENTRYPOINT ["/calculator"]
