FROM golang:1.26 AS build
WORKDIR /src
COPY . .
ENV CGO_ENABLED=0
RUN go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
# scratch has no /etc/passwd: use numbers, not a name.
USER 65532:65532
ENTRYPOINT ["/calculator"]
