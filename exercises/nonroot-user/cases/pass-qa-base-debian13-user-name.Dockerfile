FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /calculator .

FROM gcr.io/distroless/base-debian13
COPY --from=build /calculator /calculator
USER nonroot:nonroot
ENTRYPOINT ["/calculator"]
