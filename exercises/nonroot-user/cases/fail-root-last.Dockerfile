# fails: nonroot
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /calculator /calculator
USER root
ENTRYPOINT ["/calculator"]
