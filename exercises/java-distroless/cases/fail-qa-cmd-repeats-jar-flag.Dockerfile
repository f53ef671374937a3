# fails: runs-built-jar
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

FROM gcr.io/distroless/java21-debian13
COPY --from=build /src/target/calculator-1.0.0.jar /app.jar
CMD ["-jar", "/app.jar"]
