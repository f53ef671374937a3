# fails: starts
FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static:nonroot
# The destination ends with /: the binary lands at /app/bin/myapp, not /app/myapp.
COPY --from=build /app/myapp /app/bin/
ENTRYPOINT ["/app/myapp"]
