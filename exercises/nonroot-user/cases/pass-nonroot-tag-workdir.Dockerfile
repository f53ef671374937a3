FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o calculator

FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /home/nonroot
COPY --from=build --chown=65532:65532 /src/calculator .
CMD ["./calculator"]
