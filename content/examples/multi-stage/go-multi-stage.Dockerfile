# Stage 1: build the binary with the full Go toolchain.
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/calculator .

# Stage 2: only the binary, on a base without shell or apt.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
