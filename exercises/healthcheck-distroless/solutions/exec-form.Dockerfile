FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/greeter .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/greeter /greeter
EXPOSE 8080
# The service checks itself: exit 0 healthy, 1 unhealthy. No shell, no curl needed.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["/greeter", "-healthcheck"]
ENTRYPOINT ["/greeter"]
