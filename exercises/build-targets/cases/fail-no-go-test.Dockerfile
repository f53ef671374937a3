# fails: test-stage
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /calculator .

# Named test, but it only builds: --target test checks nothing.
FROM build AS test
RUN go vet ./...

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
