# fails: nonroot
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

FROM gcr.io/distroless/static-debian13
COPY --from=build /calculator /calculator
USER non-root
ENTRYPOINT ["/calculator"]
