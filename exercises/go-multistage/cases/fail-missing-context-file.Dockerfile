# fails: builds
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
