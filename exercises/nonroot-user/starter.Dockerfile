FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod calculator.go ./
RUN CGO_ENABLED=0 go build -o /out/calculator .
# This user exists only in the builder stage.
RUN useradd --uid 10001 calc
USER calc

FROM scratch
COPY --from=build /out/calculator /calculator
ENTRYPOINT ["/calculator"]
