FROM golang:1.26-alpine AS base
WORKDIR /src
COPY go.mod .
COPY calculator.go calculator_test.go ./

FROM base AS test
RUN go vet ./... && go test ./...

FROM base AS build
RUN go build -o /calculator .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
