# Stages without names: refer to them by index, counting from 0.
FROM golang:1.26
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/hello .

FROM scratch
COPY --from=0 /bin/hello /bin/hello
USER 65532
CMD ["/bin/hello"]
