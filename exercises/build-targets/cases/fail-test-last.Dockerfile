# fails: test-stage
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /calculator .

FROM scratch AS production
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]

# Last stage: a plain docker build now produces the test image, not production.
FROM build AS test
RUN go test ./...
