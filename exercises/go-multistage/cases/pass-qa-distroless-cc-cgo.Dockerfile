FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /calculator .

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
