# fails: builds
FROM golang:1.26 AS build
WORKDIR /src
COPY calculator.go .
RUN CGO_ENABLED=0 go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
