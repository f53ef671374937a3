FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
# Dependencies first, so source edits do not re-download them.
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

# ENTRYPOINT is ["/usr/bin/java", "-jar"]: CMD names only the jar.
FROM gcr.io/distroless/java21-debian13:nonroot
COPY --from=build /app/target/calculator-1.0.0.jar /app/calculator.jar
CMD ["/app/calculator.jar"]
