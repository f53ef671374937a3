# fails: jar-name
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B package

FROM gcr.io/distroless/java21-debian13
# Maven names the jar after artifactId and version: target/calculator-1.0.0.jar.
COPY --from=build /app/target/app.jar /app/app.jar
CMD ["/app/app.jar"]
