FROM golang:1.25-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o calc

FROM scratch
COPY --from=build /app/calc /calc
CMD ["/calc"]
