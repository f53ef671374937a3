# fails: jar-name
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B -DskipTests package

FROM gcr.io/distroless/java21-debian13
COPY --from=build /app/target/calculator-1.0-SNAPSHOT.jar /app.jar
CMD ["/app.jar"]
