# fails: test-stage
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM build AS test
RUN go test -race ./...

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
