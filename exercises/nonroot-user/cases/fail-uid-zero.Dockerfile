# fails: nonroot
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
USER 0:0
ENTRYPOINT ["/calculator"]
