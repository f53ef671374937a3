# fails: binary-from-builder
FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static:nonroot
# The builder has /app/myapp, not /myapp: COPY fails ("/myapp": not found).
COPY --from=build /myapp /myapp
ENTRYPOINT ["/myapp"]
