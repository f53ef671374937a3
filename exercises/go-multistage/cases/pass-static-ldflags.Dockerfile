FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN go build -ldflags '-linkmode external -extldflags "-static"' -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
CMD ["/calculator"]
