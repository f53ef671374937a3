FROM golang:1.26 AS deps
WORKDIR /src
COPY go.mod ./
RUN go mod download

FROM deps AS test
COPY calculator.go calculator_test.go ./
RUN go test -race ./...

FROM deps AS build
COPY calculator.go ./
RUN CGO_ENABLED=0 go build -trimpath -o /calculator .

FROM scratch AS prod
COPY --from=build /calculator /calculator
USER 65532:65532
ENTRYPOINT ["/calculator"]
