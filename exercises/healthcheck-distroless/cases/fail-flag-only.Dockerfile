# fails: healthcheck
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /greeter .

FROM gcr.io/distroless/static-debian13
COPY --from=build /greeter /greeter
ENTRYPOINT ["/greeter"]
# HEALTHCHECK does not go through ENTRYPOINT: this runs a program named -healthcheck.
HEALTHCHECK CMD ["-healthcheck"]
