# Build stage: the full Go toolchain. CGO_ENABLED=0 makes a fully static binary.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
ENV CGO_ENABLED=0
RUN go build -o /out/calculator .

# Final stage: nothing but the binary.
FROM scratch
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
