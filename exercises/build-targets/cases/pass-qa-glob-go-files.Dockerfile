FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

FROM build AS test
RUN go test ./...

FROM scratch
COPY --from=build /calculator /calculator
USER 65532
ENTRYPOINT ["/calculator"]
