# syntax=docker/dockerfile:1
# frontend and backend do not depend on each other:
# BuildKit builds them at the same time.
FROM node:22 AS frontend
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci
COPY web/ .
RUN npm run build

FROM golang:1.26 AS backend
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

# Needs both: each COPY --from waits for the stage it copies from.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=backend /out/server /server
COPY --from=frontend /web/dist /static
ENTRYPOINT ["/server"]
