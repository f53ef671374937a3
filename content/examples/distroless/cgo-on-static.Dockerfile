FROM golang:1.26 AS build
WORKDIR /src
COPY . .
# cgo is on by default here: net and os/user link against glibc.
RUN go build -o /out/server .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
