FROM golang:1.26@sha256:0c2e4b7d8f0e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3 AS build
WORKDIR /src
COPY go.mod calculator.go /src/
RUN CGO_ENABLED=0 go build -o app .

FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /home/nonroot
COPY --from=build /src/app .
CMD ["./app"]
