# fails: test-stage
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM gcr.io/distroless/static-debian13 AS test
COPY --from=build /src /src
RUN ["go", "test", "./..."]

FROM gcr.io/distroless/static-debian13
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
