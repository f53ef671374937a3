# One stage: the whole Go toolchain ships with the app.
FROM golang:1.26
WORKDIR /app
COPY . .
RUN go build -o calculator .
CMD ["./calculator"]
