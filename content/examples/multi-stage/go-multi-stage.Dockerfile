# Stage 1: build the binary with the full Go toolchain.
FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/calculator .

# Stage 2: ship only the binary, on a base with no shell and no package manager.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
