import { ruleTable } from './table.ts';

ruleTable('toolchain-in-final-stage', {
  valid: [
    { name: 'multi-stage go', dockerfile: ['FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /out/app .', 'FROM gcr.io/distroless/static-debian12', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'build image without a build', dockerfile: ['FROM golang:1.24', 'CMD ["go", "version"]'] },
    { name: 'runtime image', dockerfile: ['FROM python:3.13-slim', 'COPY . /app', 'RUN pip install -r /app/requirements.txt', 'CMD ["python", "/app/main.py"]'] },
    { name: 'unknown image', dockerfile: ['FROM acme/builder:1', 'RUN make', 'CMD ["/app"]'] },
  ],
  invalid: [
    { name: 'single-stage go', dockerfile: ['FROM golang:1.24', 'WORKDIR /app', 'COPY . .', 'RUN go build -o app .', 'CMD ["./app"]'], lines: [1], column: 6 },
    { name: 'maven', dockerfile: ['FROM maven:3.9-eclipse-temurin-21', 'COPY . /src', 'RUN mvn -f /src/pom.xml package', 'CMD ["java", "-jar", "/src/target/app.jar"]'], lines: [1] },
    { name: 'full node image with a build', dockerfile: ['FROM node:22', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'CMD ["node", "dist/server.js"]'], lines: [1] },
  ],
});
