FROM golang:1.25-alpine AS build
WORKDIR /src
COPY . .
RUN go install .

FROM scratch
COPY --from=build /go/bin/calculator /bin/calculator
ENTRYPOINT ["/bin/calculator"]
