# syntax=docker/dockerfile:1
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM build AS test
RUN <<EOF2
go vet ./...
go test ./...
EOF2

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
