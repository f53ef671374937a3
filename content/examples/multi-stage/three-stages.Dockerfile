FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/calculator .

# Built only when asked for: docker build --target test .
FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
