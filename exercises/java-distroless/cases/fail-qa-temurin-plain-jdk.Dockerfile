# fails: jre-runtime
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

FROM eclipse-temurin:21
COPY --from=build /src/target/calculator-1.0.0.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
