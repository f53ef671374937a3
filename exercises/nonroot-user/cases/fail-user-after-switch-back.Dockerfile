# fails: nonroot
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM alpine:3.22
RUN adduser -D calc
USER calc
COPY --from=build /calculator /usr/local/bin/calculator
USER root
RUN apk add --no-cache ca-certificates
ENTRYPOINT ["calculator"]
