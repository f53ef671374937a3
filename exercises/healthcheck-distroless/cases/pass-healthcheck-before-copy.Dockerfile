FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /greeter .

FROM gcr.io/distroless/static-debian13
HEALTHCHECK CMD ["/greeter", "-healthcheck"]
COPY --from=build /greeter /greeter
ENTRYPOINT ["/greeter"]
