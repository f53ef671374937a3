FROM gcr.io/distroless/static-debian13:nonroot
COPY server /server
RUN mkdir -p /data
ENTRYPOINT ["/server"]
