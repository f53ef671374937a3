# fails: starts
FROM golang:1.26-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/static:nonroot
WORKDIR /app
COPY --from=build /app/myapp .
# A bare name is looked up on PATH, and /app is not on PATH: "executable file not found in $PATH".
ENTRYPOINT ["myapp"]
