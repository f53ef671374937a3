FROM golang:1.26 AS build
WORKDIR /app
COPY . .
RUN CGO_ENABLED=0 go build -o calculator .

FROM gcr.io/distroless/static-debian13
WORKDIR /app
COPY --from=build /app/calculator .
# distroless images define nonroot (65532) in /etc/passwd even on the root tags.
USER nonroot:nonroot
ENTRYPOINT ["./calculator"]
