FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static:nonroot
COPY --from=build /app/myapp /usr/local/bin/myapp
ENTRYPOINT ["myapp"]
