# fails: nonroot
FROM golang:1.26-alpine AS build
RUN adduser -D calc
USER calc
WORKDIR /home/calc
COPY . .
RUN go build -o calculator .

FROM gcr.io/distroless/static-debian13
COPY --from=build /home/calc/calculator /calculator
ENTRYPOINT ["/calculator"]
