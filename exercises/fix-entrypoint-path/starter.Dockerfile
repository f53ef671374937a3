# Stage 1: Build Environment
FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

# Stage 2: Distroless Runtime Environment
FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /app
COPY --from=build /app/myapp .
ENTRYPOINT ["/myapp"]
