FROM golang:1.26 AS build
WORKDIR /src
COPY . .
ENV CGO_ENABLED=0
RUN go build -o /usr/local/bin/greeter .

FROM gcr.io/distroless/static-debian13
COPY --from=build /usr/local/bin/greeter /usr/local/bin/greeter
HEALTHCHECK --interval=10s CMD ["greeter", "-healthcheck"]
CMD ["greeter"]
