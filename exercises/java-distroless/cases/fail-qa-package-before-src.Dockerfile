# fails: builds
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY pom.xml .
RUN mvn -B package -DskipTests
COPY src ./src

FROM gcr.io/distroless/java21-debian13
COPY --from=build /app/target/calculator-1.0.0.jar /app.jar
CMD ["/app.jar"]
