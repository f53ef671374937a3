FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /out/calculator .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
