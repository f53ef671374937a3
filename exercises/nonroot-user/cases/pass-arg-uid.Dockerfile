ARG UID=10001
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM scratch
ARG UID
COPY --from=build /calculator /calculator
USER ${UID}
ENTRYPOINT ["/calculator"]
