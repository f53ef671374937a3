FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /app
COPY --from=build /app/myapp .
# COPY put the binary in the WORKDIR: /app/myapp.
ENTRYPOINT ["/app/myapp"]
