FROM golang:1.26 AS test
WORKDIR /src
# The sources are bind-mounted from the build context for this RUN only.
RUN --mount=type=bind,target=. --mount=type=cache,target=/root/.cache/go-build go test ./...

FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/calculator .

FROM gcr.io/distroless/static-debian13
COPY --from=build /bin/calculator /calculator
ENTRYPOINT ["/calculator"]
