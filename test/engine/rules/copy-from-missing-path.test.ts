import { ruleTable } from './table.ts';

ruleTable('copy-from-missing-path', {
  valid: [
    { name: 'output named by a later RUN', dockerfile: ['FROM golang:1.26 AS build', 'RUN go build -o /out/server . && cp /out/server /out/api', 'FROM scratch', 'COPY --from=build /out/api /api'] },
    { dockerfile: ['FROM golang:1.26 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /out/app .', 'FROM scratch', 'COPY --from=build /out/app /app'] },
    { name: 'inside a copied tree', dockerfile: ['FROM node:22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'FROM node:22-slim', 'COPY --from=build /app/dist /app/dist'] },
    { name: 'system path of the base', dockerfile: ['FROM alpine:3.21 AS tools', 'FROM scratch', 'COPY --from=tools /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/'] },
    { name: 'named in a RUN', dockerfile: ['FROM debian:bookworm-slim AS build', 'RUN ./configure --prefix=/opt/tool && make install', 'FROM debian:bookworm-slim', 'COPY --from=build /opt/tool /opt/tool'] },
    { name: 'go install fills /go/bin', dockerfile: ['FROM golang:1.26 AS build', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go install ./cmd/server', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY --from=build /go/bin/server /server'] },
    { name: 'a RUN copies into $GOPATH/bin', dockerfile: ['FROM golang:1.26 AS build', 'RUN go build -o server . && mv server $GOPATH/bin/', 'FROM scratch', 'COPY --from=build /go/bin/server /server'] },
    { name: 'make may go install into /go/bin', dockerfile: ['FROM golang:1.26 AS build', 'WORKDIR /src', 'COPY . .', 'RUN make install', 'FROM scratch', 'COPY --from=build /go/bin/tool /tool'] },
    { name: 'a build script may fill /go/bin', dockerfile: ['FROM golang:1.26 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go mod download && ./scripts/build', 'FROM scratch', 'COPY --from=build /go/bin/tool /tool'] },
    { name: 'unknown base', dockerfile: ['FROM acme/builder:1 AS b', 'FROM scratch', 'COPY --from=b /dist/app /app'] },
  ],
  invalid: [
    { name: 'other name in an output directory', dockerfile: ['FROM golang:1.26 AS build', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /out/server .', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY --from=build /out/api /api'], lines: [6] },
    { name: 'artifact written elsewhere', dockerfile: ['FROM golang:1.26 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /out/app .', 'FROM scratch', 'COPY --from=build /build/app /app'], lines: [6], column: 19 },
    { name: '/go/bin of a golang builder that only ran go build -o elsewhere', dockerfile: ['FROM golang:1.26 AS builder', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY --from=builder /go/bin/server /server', 'ENTRYPOINT ["/server"]'], lines: [6] },
    { name: 'scratch source stage', dockerfile: ['FROM scratch AS files', 'COPY a.txt /data/a.txt', 'FROM alpine:3.21', 'COPY --from=files /data/b.txt /b.txt'], lines: [4] },
  ],
});
