FROM golang:1.26
WORKDIR /go/src/calculator
COPY . .
ARG CGO_ENABLED=0
RUN go build -o /usr/local/bin/calculator

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=0 /usr/local/bin/calculator /calculator
ENTRYPOINT ["/calculator"]
