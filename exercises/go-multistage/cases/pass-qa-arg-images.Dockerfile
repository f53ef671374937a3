ARG GO_IMAGE=golang:1.26-alpine
ARG RUNTIME_IMAGE=gcr.io/distroless/static-debian13:nonroot
FROM ${GO_IMAGE} AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o /calculator .

FROM ${RUNTIME_IMAGE}
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
