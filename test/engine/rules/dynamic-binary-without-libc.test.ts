import { ruleTable } from './table.ts';

ruleTable('dynamic-binary-without-libc', {
  valid: [
    { dockerfile: ['FROM golang:1.26 AS build', 'RUN CGO_ENABLED=0 go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'] },
    { name: 'ENV in the builder', dockerfile: ['FROM golang:1.26 AS build', 'ENV CGO_ENABLED=0', 'RUN go build -o /app .', 'FROM gcr.io/distroless/static-debian13', 'COPY --from=build /app /app'] },
    { name: 'alpine builder has no C compiler', dockerfile: ['FROM golang:1.26-alpine AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'] },
    { name: 'runtime with glibc', dockerfile: ['FROM golang:1.26 AS build', 'RUN go build -o /app .', 'FROM gcr.io/distroless/base-debian13', 'COPY --from=build /app /app'] },
    { name: 'netgo tag', dockerfile: ['FROM golang:1.26 AS build', 'RUN go build -tags netgo,osusergo -o /app .', 'FROM scratch', 'COPY --from=build /app /app'] },
  ],
  invalid: [
    { name: 'ERRATA 6: golang:1.16 to scratch', dockerfile: ['FROM golang:1.16 AS builder', 'WORKDIR /app', 'COPY . .', 'RUN go build -o calculator .', 'FROM scratch', 'COPY --from=builder /app/calculator /app/calculator', 'CMD ["/app/calculator"]'], lines: [6], column: 13, fix: 'CGO_ENABLED=0 ' },
    { name: 'distroless static', dockerfile: ['FROM golang:1.26 AS build', 'RUN go mod download && \\', '    go build -o /app .', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY --from=build /app /app'], lines: [5] },
    { name: 'alpine with build-base', dockerfile: ['FROM golang:1.26-alpine AS build', 'RUN apk add --no-cache build-base', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'], lines: [5] },
  ],
});
