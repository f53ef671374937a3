ARG GO_VERSION=1.26
FROM golang:${GO_VERSION} AS build
WORKDIR /app
COPY . .
RUN CGO_ENABLED=0 go build -o calculator .

FROM build AS test
RUN CGO_ENABLED=0 go test -count=1 ./...

FROM gcr.io/distroless/static-debian13 AS prod
WORKDIR /app
COPY --from=build /app/calculator .
ENTRYPOINT ["./calculator"]
