FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY . .
# distroless/base has glibc, so the default cgo build runs there.
RUN go build -o /greeter .

FROM gcr.io/distroless/base-debian13:nonroot
COPY --from=build /greeter /greeter
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["/greeter", "-healthcheck"]
ENTRYPOINT ["/greeter", "-addr", ":8080"]
