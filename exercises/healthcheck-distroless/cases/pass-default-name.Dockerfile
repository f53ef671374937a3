FROM golang:1.26-alpine AS build
WORKDIR /app
COPY go.mod main.go ./
# No -o: the binary is named after the module, greeter.
RUN go build

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /app/greeter /app/greeter
ENTRYPOINT ["/app/greeter"]
HEALTHCHECK CMD ["/app/greeter", "-healthcheck=true"]
