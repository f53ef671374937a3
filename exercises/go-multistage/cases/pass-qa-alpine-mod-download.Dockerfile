FROM golang:1.26-alpine AS build
RUN apk add --no-cache git
WORKDIR /src
COPY go.mod .
RUN go mod download
COPY calculator.go .
RUN go build -ldflags "-s -w" -o /usr/local/bin/calculator .

FROM scratch
COPY --from=build /usr/local/bin/calculator /calculator
ENTRYPOINT [ "/calculator" ]
