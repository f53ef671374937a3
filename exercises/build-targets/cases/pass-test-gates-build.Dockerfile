FROM golang:1.26-alpine AS test
WORKDIR /src
COPY . .
RUN go test ./...
# Building here means the production image needs this stage: a plain docker build runs the tests too.
RUN go build -o /calculator .

FROM scratch
COPY --from=test /calculator /calculator
ENTRYPOINT ["/calculator"]
