FROM golang:1.26-alpine AS Build
WORKDIR /src
COPY go.mod calculator.go calculator_test.go ./
RUN go build -o /calculator .

# Stage names are stored lower-cased: --target test finds "Test", COPY --from=Build finds "build".
# (FROM Build would not: FROM looks the name up as written, then as an image.)
FROM build AS Test
RUN go test .

FROM gcr.io/distroless/base-debian13
COPY --from=Build /calculator /usr/local/bin/calculator
CMD ["calculator"]
