FROM golang:1.26 AS test
WORKDIR /go/src/calculator
COPY . .
RUN go test -v ./...

FROM golang:1.26 AS build
WORKDIR /go/src/calculator
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /calculator

FROM scratch
COPY --from=build /calculator /calculator
USER 65532:65532
ENTRYPOINT ["/calculator"]
