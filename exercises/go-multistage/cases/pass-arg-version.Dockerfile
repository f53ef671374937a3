ARG GO_VERSION=1.26
FROM golang:${GO_VERSION}-alpine AS build
WORKDIR /build
COPY go.mod .
COPY calculator.go .
RUN go build -o calc calculator.go

FROM scratch
COPY --from=build /build/calc /calc
USER 65532:65532
ENTRYPOINT ["/calc"]
