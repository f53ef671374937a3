# syntax=docker/dockerfile:1
FROM golang:1.26-bookworm AS base
WORKDIR /src
COPY go.mod ./
COPY *.go ./

FROM base AS test
RUN --mount=type=cache,target=/root/.cache/go-build go test -v ./...

FROM base AS build
RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /bin/calculator .

FROM gcr.io/distroless/static-debian13:nonroot AS production
COPY --from=build /bin/calculator /calculator
ENTRYPOINT ["/calculator"]
