from golang:1.26 as build
workdir /src
copy . .
run CGO_ENABLED=0 go build -o /calculator .

from build as test
run go test ./...

from gcr.io/distroless/static-debian13
copy --from=build /calculator /
entrypoint ["/calculator"]
