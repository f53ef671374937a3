# fails: healthcheck
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /greeter .

FROM gcr.io/distroless/static-debian13
COPY --from=build /greeter /greeter
# Exec form, but distroless has no curl.
HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/healthz"]
ENTRYPOINT ["/greeter"]
