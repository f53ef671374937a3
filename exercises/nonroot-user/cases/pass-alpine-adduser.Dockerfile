FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /bin/calculator .

FROM alpine:3.22
RUN addgroup -S calc && adduser -S -G calc calc
COPY --from=build /bin/calculator /usr/local/bin/calculator
USER calc
ENTRYPOINT ["calculator"]
