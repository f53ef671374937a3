FROM golang:1.26-alpine AS build
RUN apk add --no-cache git
WORKDIR /src
COPY . .
RUN go build -o=/bin/calc

FROM gcr.io/distroless/static-debian12:nonroot
COPY --link --from=build --chmod=755 /bin/calc /calc
USER nonroot:nonroot
ENTRYPOINT ["/calc"]
CMD []
