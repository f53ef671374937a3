FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
RUN mvn -B -q package

# A JRE image: no javac, no Maven. Its entrypoint script execs CMD, so CMD is the whole command.
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /build/target/*.jar app.jar
USER ubuntu
CMD ["java", "-jar", "app.jar"]
