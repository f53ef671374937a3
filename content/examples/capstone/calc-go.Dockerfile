# Build stage: the full Go toolchain, used only to compile.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
# CGO_ENABLED=0: a static binary that needs no C library in the runtime image.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/calculator .

# Runtime stage: no shell, no package manager, a non-root user (uid 65532).
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
