# fails: starts
FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static:nonroot
WORKDIR /app
COPY --from=build /app/myapp .
# Shell form needs /bin/sh, which distroless does not have.
ENTRYPOINT /app/myapp
