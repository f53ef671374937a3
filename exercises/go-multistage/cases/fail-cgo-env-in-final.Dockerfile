# fails: static-binary
FROM golang:1.26 AS build
WORKDIR /src
COPY . ./
RUN go build -o /src/bin/ .

FROM scratch
COPY --from=build /src/bin/calculator /calculator
ENV CGO_ENABLED=0
ENTRYPOINT ["/calculator"]
