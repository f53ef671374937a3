# The notes' Go example, with the build stage it needs.
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/my-go-app .

FROM scratch
COPY --from=build /out/my-go-app /my-go-app
USER 65532
ENTRYPOINT ["/my-go-app"]
