FROM golang:1.26
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
USER 10001
ENTRYPOINT ["server"]
