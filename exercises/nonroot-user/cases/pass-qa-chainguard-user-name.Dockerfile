FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM cgr.dev/chainguard/static
COPY --from=build /calculator /calculator
USER nonroot
ENTRYPOINT ["/calculator"]
