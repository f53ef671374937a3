# fails: still-distroless
FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .
ENTRYPOINT ["/app/myapp"]
