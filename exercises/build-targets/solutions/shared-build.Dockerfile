FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod ./
COPY *.go ./
ENV CGO_ENABLED=0
RUN go build -o /out/calculator .

# docker build --target test .: runs the tests on top of the build stage.
FROM build AS test
RUN go test -v ./...

# The default target: last in the file.
FROM scratch AS production
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
