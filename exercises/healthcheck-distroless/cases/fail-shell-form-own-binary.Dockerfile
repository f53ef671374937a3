# fails: healthcheck
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /greeter .

FROM gcr.io/distroless/static-debian13
COPY --from=build /greeter /greeter
# Right program, but shell form: Docker runs /bin/sh -c "/greeter -healthcheck", and there is no /bin/sh.
HEALTHCHECK CMD /greeter -healthcheck
ENTRYPOINT ["/greeter"]
