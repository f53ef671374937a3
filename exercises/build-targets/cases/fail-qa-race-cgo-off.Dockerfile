# fails: test-stage
FROM golang:1.26 AS build
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM build AS test
RUN go test -race ./...

FROM gcr.io/distroless/static-debian13
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
