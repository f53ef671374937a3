FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .
FROM gcr.io/distroless/static-debian12
COPY --from=build /src/app /
CMD ["/app"]
