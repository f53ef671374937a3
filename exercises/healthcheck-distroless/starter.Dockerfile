FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/greeter .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/greeter /greeter
EXPOSE 8080
# Shell form (needs /bin/sh) and curl: neither exists here, so the container turns unhealthy.
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8080/healthz || exit 1
ENTRYPOINT ["/greeter"]
