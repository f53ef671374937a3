# fails: jre-runtime
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /app
COPY . .
RUN mvn -B -DskipTests package

FROM openjdk:17-jdk-slim
COPY --from=build /app/target/calculator-1.0.0.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
