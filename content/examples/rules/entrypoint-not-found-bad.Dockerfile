FROM golang:1.26 AS build
WORKDIR /app
COPY . .
RUN CGO_ENABLED=0 go build -o myapp .

FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /app
COPY --from=build /app/myapp .
ENTRYPOINT ["/myapp"]
