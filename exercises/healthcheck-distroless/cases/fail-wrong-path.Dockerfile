# fails: healthcheck
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o greeter .

FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /app
COPY --from=build /src/greeter .
ENTRYPOINT ["./greeter"]
# The binary is /app/greeter.
HEALTHCHECK CMD ["/greeter", "-healthcheck"]
