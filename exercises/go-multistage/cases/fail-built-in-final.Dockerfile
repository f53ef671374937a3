# fails: binary-from-builder
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .

FROM scratch
COPY --from=build /usr/local/go/bin/go /go
COPY calculator.go /calculator
ENTRYPOINT ["/calculator"]
