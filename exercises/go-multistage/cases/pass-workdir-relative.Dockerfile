FROM golang:1.26 AS build
WORKDIR /src
COPY calculator.go go.mod ./
RUN export CGO_ENABLED=0 && go build -o calculator .

FROM scratch
WORKDIR /app
COPY --from=build /src/calculator ./
ENTRYPOINT ["./calculator"]
