# fails: test-stage
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /calculator .

# No Go toolchain here (and no shell): go test cannot run.
FROM scratch AS test
COPY --from=build /src /src
RUN go test ./...

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
