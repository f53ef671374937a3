FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
# pom.xml sets <finalName>app</finalName>: target/app.jar
RUN mvn -B package -DskipTests

# A JRE, not the JDK and not Maven.
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/app.jar app.jar
USER 10001
CMD ["java", "-jar", "app.jar"]
