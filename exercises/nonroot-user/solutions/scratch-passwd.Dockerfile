FROM golang:1.26-alpine AS build
RUN adduser -D -H -u 10001 calc
WORKDIR /src
COPY go.mod calculator.go ./
RUN go build -o calculator .

FROM scratch
# Bring the user database along, so the name resolves.
COPY --from=build /etc/passwd /etc/passwd
COPY --from=build /src/calculator /usr/local/bin/calculator
USER calc
ENTRYPOINT ["/usr/local/bin/calculator"]
