# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.26 AS Builder
ARG TARGETOS TARGETARCH
WORKDIR /app
COPY go.* ./
RUN go mod download
COPY *.go ./
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags="-s -w" -o /out/calculator .

FROM cgr.dev/chainguard/static
COPY --from=Builder /out/calculator /usr/local/bin/
ENTRYPOINT ["calculator"]
