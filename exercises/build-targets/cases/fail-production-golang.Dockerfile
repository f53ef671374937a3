# fails: production-last
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM build AS test
RUN go test ./...

FROM golang:1.26 AS production
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
