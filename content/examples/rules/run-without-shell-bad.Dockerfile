FROM gcr.io/distroless/static-debian12:nonroot
COPY server /server
RUN mkdir -p /data
ENTRYPOINT ["/server"]
