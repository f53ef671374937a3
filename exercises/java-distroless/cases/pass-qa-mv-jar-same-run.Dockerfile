FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
RUN mvn -B package -DskipTests && mv target/calculator-1.0.0.jar app.jar

FROM eclipse-temurin:21-jre
COPY --from=build /build/app.jar /app/app.jar
CMD ["java", "-jar", "/app/app.jar"]
