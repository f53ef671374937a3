FROM golang:1.26 AS build
RUN useradd -u 10001 appuser
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM scratch
COPY --from=build /out/server /server
USER appuser
ENTRYPOINT ["/server"]
