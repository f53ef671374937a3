// The Dockerfile the playground opens with (and falls back to when a share link is broken).

/** A small multi-stage Go build on distroless: every panel has something to show. */
export const DEFAULT_DOCKERFILE = `# A Go service: build with the toolchain, ship only the binary.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
CMD ["--port", "8080"]
`;
