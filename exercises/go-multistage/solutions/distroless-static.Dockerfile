# golang:*-alpine has no C compiler, so cgo is off and the binary is static.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod ./
COPY calculator.go ./
RUN go build -trimpath -ldflags="-s -w" -o calculator .

# distroless/static: CA certificates, tzdata, /etc/passwd, no shell; :nonroot runs as 65532.
FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /app
COPY --from=build /src/calculator .
ENTRYPOINT ["./calculator"]
