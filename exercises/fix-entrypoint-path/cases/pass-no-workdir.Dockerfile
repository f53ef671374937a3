FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static:nonroot
# Without WORKDIR (the image's is /home/nonroot), copy to an absolute path.
COPY --from=build /app/myapp /myapp
ENTRYPOINT ["/myapp"]
