# fails: nonroot
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM scratch
COPY --from=build /etc/passwd /etc/passwd
COPY --from=build /calculator /calculator
USER app
ENTRYPOINT ["/calculator"]
