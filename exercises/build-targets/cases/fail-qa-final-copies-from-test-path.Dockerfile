# fails: binary-from-builder
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM build AS test
RUN go test ./...

FROM scratch
COPY --from=build /calculator /app/calculator
ENTRYPOINT ["/calculator"]
