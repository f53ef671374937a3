# fails: static-binary
FROM golang:1.26-alpine AS build
RUN apk add --no-cache gcc musl-dev
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /calculator .
FROM gcr.io/distroless/static-debian13
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
