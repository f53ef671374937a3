# fails: binary-from-builder
FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static:nonroot
WORKDIR /app
COPY --from=build /app/myapp .
# Relative to WORKDIR /app this is /app/app/myapp.
ENTRYPOINT ["app/myapp"]
