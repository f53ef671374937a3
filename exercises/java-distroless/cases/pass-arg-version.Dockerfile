ARG JAVA_VERSION=25
FROM maven:3.9-eclipse-temurin-${JAVA_VERSION} AS build
WORKDIR /workspace
COPY pom.xml .
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B package

FROM gcr.io/distroless/java${JAVA_VERSION}-debian13
COPY --from=build /workspace/target/calculator-1.0.0.jar /calculator.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
CMD ["/calculator.jar"]
