# fails: no-toolchain
FROM golang:1.26-alpine
WORKDIR /src
COPY . .
RUN go build -o /calculator .
ENTRYPOINT ["/calculator"]
