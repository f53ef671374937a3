# fails: runs-built-jar
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY . .
RUN cp pom.xml app.jar

FROM eclipse-temurin:21-jre
COPY --from=build /build/app.jar /app/app.jar
CMD ["java", "-jar", "/app/app.jar"]
