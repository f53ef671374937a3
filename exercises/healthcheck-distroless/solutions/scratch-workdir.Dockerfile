FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -ldflags="-s -w" -o greeter .

FROM scratch
WORKDIR /app
COPY --from=build /src/greeter .
USER 65532:65532
EXPOSE 8080
# Exec form: a relative path is resolved against WORKDIR, like ENTRYPOINT's.
HEALTHCHECK CMD ["./greeter", "--healthcheck"]
ENTRYPOINT ["./greeter"]
