FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM scratch
# scratch has no CA certificates: bring them for HTTPS calls.
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
# No /etc/passwd here: use a number, not a user name.
USER 65532:65532
ENTRYPOINT ["/server"]
