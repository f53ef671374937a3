# fails: nonroot
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM scratch
COPY --from=build /calculator /calculator
# scratch has no /etc/passwd: "unable to find user nonroot".
USER nonroot
ENTRYPOINT ["/calculator"]
