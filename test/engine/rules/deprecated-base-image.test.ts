import { ruleTable } from './table.ts';

ruleTable('deprecated-base-image', {
  valid: [
    { dockerfile: ['FROM eclipse-temurin:21-jre', 'CMD ["java", "-version"]'] },
    { dockerfile: ['FROM gcr.io/distroless/python3-debian13', 'CMD ["app.py"]'] },
    { name: 'unused stage is not built', dockerfile: ['FROM openjdk:17 AS old', 'FROM scratch'] },
    { name: 'unknown repository', dockerfile: ['FROM acme/base:1'] },
  ],
  invalid: [
    { name: 'openjdk', dockerfile: ['FROM openjdk:11-jre-slim', 'COPY app.jar /app.jar', 'ENTRYPOINT ["java", "-jar", "/app.jar"]'], lines: [1], column: 6 },
    { name: 'distroless debian11', dockerfile: ['FROM golang:1.26 AS b', 'FROM gcr.io/distroless/base-debian11', 'COPY --from=b /app /app'], lines: [2] },
    { name: 'maven openjdk builder', dockerfile: ['FROM maven:3.8.2-openjdk-11 AS build', 'RUN mvn package', 'FROM eclipse-temurin:21-jre', 'COPY --from=build /target/app.jar /app.jar'], lines: [1] },
    { name: 'removed python3-debian12', dockerfile: ['FROM gcr.io/distroless/python3-debian12', 'CMD ["app.py"]'], lines: [1] },
    { name: 'older than every catalog line', dockerfile: ['FROM golang:1.16 AS b', 'FROM scratch', 'COPY --from=b /app /app'], lines: [1] },
  ],
});
