# cgr.dev/chainguard/static runs as nonroot (65532) by default.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM cgr.dev/chainguard/static:latest
COPY --from=build /calculator /usr/bin/calculator
ENTRYPOINT ["/usr/bin/calculator"]
