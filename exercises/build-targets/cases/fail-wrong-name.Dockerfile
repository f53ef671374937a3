# fails: test-stage
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /calculator .

# docker build --target test: "target stage test could not be found".
FROM build AS tests
RUN go test ./...

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
