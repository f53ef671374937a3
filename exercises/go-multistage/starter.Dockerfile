# The calculator as the course notes first build it: one stage, on a full Ubuntu with the Go
# toolchain installed. It works, but the image ships the compiler, apt and a whole OS.
FROM ubuntu:24.04

WORKDIR /app

RUN apt-get update && apt-get install -y golang

COPY calculator.go .

RUN go build -o calculator calculator.go

CMD ["./calculator"]
