# syntax=docker/dockerfile:1
ARG GO_VERSION=1.26
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS src
WORKDIR /src
COPY --link go.mod calculator.go calculator_test.go ./

FROM src AS test
RUN go test -count=1 ./...

FROM src AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/calculator .

FROM cgr.dev/chainguard/static AS release
COPY --from=build /out/calculator /usr/bin/calculator
ENTRYPOINT ["/usr/bin/calculator"]
