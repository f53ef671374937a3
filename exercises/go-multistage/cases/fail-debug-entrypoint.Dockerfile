# fails: binary-from-builder
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

# :debug sets ENTRYPOINT ["/busybox/sh"], so this CMD runs /busybox/sh /calculator.
FROM gcr.io/distroless/static-debian13:debug
COPY --from=build /calculator /calculator
CMD ["/calculator"]
