# fails: test-stage
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /calculator .

# CMD only runs on docker run: docker build --target test runs no test at all.
FROM build AS test
CMD ["go", "test", "./..."]

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
