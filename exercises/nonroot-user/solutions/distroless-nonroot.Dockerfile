FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /out/calculator .

# The :nonroot tag runs as uid 65532 (user nonroot, in the image's /etc/passwd).
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
