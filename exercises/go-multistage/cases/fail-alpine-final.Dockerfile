# fails: final-minimal
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM alpine:3.22
COPY --from=build /calculator /usr/local/bin/calculator
ENTRYPOINT ["calculator"]
