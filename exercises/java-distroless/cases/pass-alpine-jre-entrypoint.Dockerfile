FROM maven:3-eclipse-temurin-21-alpine AS build
WORKDIR /app
COPY pom.xml ./
COPY src/ ./src/
RUN mvn --batch-mode package

FROM eclipse-temurin:21-jre-alpine
COPY --from=build /app/target/calculator-1.0.0.jar /opt/calculator/calculator.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/calculator/calculator.jar"]
