# fails: static-binary
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .
# Too late: the binary above was already built with cgo on.
ENV CGO_ENABLED=0

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
