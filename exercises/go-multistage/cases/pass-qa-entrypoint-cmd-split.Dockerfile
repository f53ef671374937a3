FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
ARG CGO_ENABLED=0
RUN go build -o /calculator .

FROM scratch
WORKDIR /opt/app
COPY --from=build /calculator bin/calculator
ENTRYPOINT ["/opt/app/bin/calculator"]
CMD []
