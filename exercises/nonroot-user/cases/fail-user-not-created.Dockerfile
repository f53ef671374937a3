# fails: nonroot
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /calculator .

FROM alpine:3.22
COPY --from=build /calculator /usr/local/bin/calculator
# No adduser in this stage: alpine has no user named calc.
USER calc
ENTRYPOINT ["calculator"]
