# syntax=docker/dockerfile:1
FROM golang:1.26 AS build
WORKDIR /src
RUN --mount=type=bind,target=. CGO_ENABLED=0 go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
