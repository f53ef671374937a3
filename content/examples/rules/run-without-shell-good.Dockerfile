FROM busybox:1.36 AS prep
RUN mkdir -p /data

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=prep --chown=65532:65532 /data /data
COPY server /server
ENTRYPOINT ["/server"]
