FROM golang:1.26 AS build
WORKDIR /go/src/app
COPY . .
ENV CGO_ENABLED=0 GOOS=linux
RUN go build -v -o app

FROM scratch AS final
COPY --from=build /go/src/app/app /app
EXPOSE 8080
ENTRYPOINT ["/app"]
