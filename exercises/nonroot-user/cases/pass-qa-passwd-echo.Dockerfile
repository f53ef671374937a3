FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .
RUN echo 'app:x:10001:10001::/:/sbin/nologin' > /etc/passwd.min

FROM scratch
COPY --from=build /etc/passwd.min /etc/passwd
COPY --from=build /calculator /calculator
USER app
ENTRYPOINT ["/calculator"]
