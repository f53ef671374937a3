# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace
COPY pom.xml .
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package

FROM gcr.io/distroless/java25-debian13
COPY --from=build /workspace/target/calculator-1.0.0.jar /opt/calculator.jar
CMD ["/opt/calculator.jar"]
