ARG UID=10001
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /calculator .

FROM debian:trixie-slim
ARG UID
RUN useradd --uid ${UID} --no-create-home --shell /usr/sbin/nologin calc
COPY --from=build /calculator /usr/local/bin/calculator
USER ${UID}
CMD ["/usr/local/bin/calculator"]
