# fails: nonroot
FROM golang:1.26-alpine AS build
RUN adduser -D app
USER app
WORKDIR /home/app
COPY . .
RUN go build -o calculator .

FROM scratch
COPY --from=build /home/app/calculator /calculator
ENTRYPOINT ["/calculator"]
