FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server .

FROM scratch
COPY --from=build /out/server /server
USER 65532
ENTRYPOINT ["/server"]
