# fails: test-stage
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM build AS test
CMD ["go", "test", "./..."]

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
