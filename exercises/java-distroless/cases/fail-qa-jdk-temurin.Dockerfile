# fails: jre-runtime
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B -DskipTests package

FROM eclipse-temurin:21-jdk
COPY --from=build /app/target/calculator-1.0.0.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
