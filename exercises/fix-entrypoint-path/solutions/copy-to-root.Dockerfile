FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static-debian13:nonroot
# Copy the binary to the path the ENTRYPOINT names.
COPY --from=build /app/myapp /myapp
ENTRYPOINT ["/myapp"]
