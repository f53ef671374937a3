# fails: static-binary
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
