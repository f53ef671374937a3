# fails: production-last
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM gcr.io/distroless/static-debian13 AS production
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]

FROM build AS test
RUN go test ./...
