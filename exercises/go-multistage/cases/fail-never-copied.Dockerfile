# fails: starts
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM scratch
ENTRYPOINT ["/calculator"]
