from golang:1.26-alpine as build
workdir /src
copy . .
run go build -o /calculator .

from gcr.io/distroless/static-debian13
copy --from=build /calculator /calculator
user 65534
entrypoint ["/calculator"]
