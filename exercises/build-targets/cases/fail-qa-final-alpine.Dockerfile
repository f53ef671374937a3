# fails: production-last
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM build AS test
RUN go test ./...

FROM alpine:3.22
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
