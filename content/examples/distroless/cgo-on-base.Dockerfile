# golang:1.26 is Debian 12 or 13: glibc no newer than the runtime.
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
# This program really needs cgo (it links a C library via glibc).
RUN CGO_ENABLED=1 go build -o /out/server .

# distroless/base has glibc (and OpenSSL); static does not.
FROM gcr.io/distroless/base-debian13:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
