FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM alpine:3.22
RUN addgroup -S app && adduser -S -G app app
COPY --from=build /calculator /usr/local/bin/calculator
USER app
ENTRYPOINT ["calculator"]
