# The tests run in the builder, and the last stage is the builder itself:
# docker build produces a 900 MB image with the whole Go toolchain.
FROM scratch AS production
COPY calculator /calculator
ENTRYPOINT ["/calculator"]

FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN go test ./...
RUN CGO_ENABLED=0 go build -o /calculator .
