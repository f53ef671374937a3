import { ruleTable } from './table.ts';

ruleTable('entrypoint-not-found', {
  valid: [
    { name: 'below a build-context source copied without a trailing slash (it was a directory)', dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'COPY tools /opt/tools', 'ENTRYPOINT ["/opt/tools/bin/run"]'] },
    { name: 'a context bin/ directory copied into WORKDIR (distroless :nonroot is /home/nonroot)', dockerfile: ['FROM gcr.io/distroless/base-debian13:nonroot', 'COPY ./bin ./', 'ENTRYPOINT ["/home/nonroot/bucketrepo"]'] },
    { name: 'Windows program path with spaces is one program', dockerfile: ['FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022', 'ENTRYPOINT ["C:\\\\Program Files\\\\dotnet\\\\dotnet.exe", "Api.dll"]'] },
    { name: 'distroless + ADD of a local tar.xz: its files are unknown', dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'ADD app-linux-amd64.tar.xz /opt/', 'ENTRYPOINT ["/opt/app/bin/app"]'] },
    { dockerfile: ['FROM golang:1.26 AS build', 'RUN go build -o /out/app .', 'FROM gcr.io/distroless/static-debian13', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'relative to WORKDIR', dockerfile: ['FROM scratch', 'WORKDIR /srv', 'COPY app .', 'ENTRYPOINT ["./app"]'] },
    { name: 'unknown base', dockerfile: ['FROM acme/base:1', 'ENTRYPOINT ["/opt/tool"]'] },
    { name: 'distro base: cannot know', dockerfile: ['FROM debian:bookworm-slim', 'ENTRYPOINT ["/usr/local/bin/app"]'] },
  ],
  invalid: [
    { name: 'a context file with a plain name is a file, not a directory', dockerfile: ['FROM gcr.io/distroless/static-debian13:nonroot', 'COPY server /usr/local/bin/', 'ENTRYPOINT ["/usr/local/bin/api"]'], lines: [3] },
    { name: 'ERRATA 5: copied to WORKDIR, started from /', dockerfile: ['FROM golang:1.26 AS build', 'WORKDIR /app', 'COPY . .', 'RUN go build -o myapp', 'FROM gcr.io/distroless/static-debian13:nonroot', 'COPY --from=build /app/myapp .', 'ENTRYPOINT ["/myapp"]'], lines: [7], column: 13, fix: '"/home/nonroot/myapp"' },
    { name: 'never copied from the builder', dockerfile: ['FROM golang:1.26 AS build', 'RUN go build -o /out/server .', 'FROM scratch', 'ENTRYPOINT ["/out/server"]'], lines: [4] },
    { name: 'bare name not on PATH', dockerfile: ['FROM gcr.io/distroless/static-debian13', 'CMD ["myapp"]'], lines: [2] },
  ],
});
