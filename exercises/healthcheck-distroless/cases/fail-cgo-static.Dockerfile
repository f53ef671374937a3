# fails: static-binary
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
# cgo is on by default here, and net/http then links against glibc: static has none.
RUN go build -o /greeter .

FROM gcr.io/distroless/static-debian13
COPY --from=build /greeter /greeter
HEALTHCHECK CMD ["/greeter", "-healthcheck"]
ENTRYPOINT ["/greeter"]
