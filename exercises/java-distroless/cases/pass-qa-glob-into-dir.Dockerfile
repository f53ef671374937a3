FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B -DskipTests package

FROM gcr.io/distroless/java21-debian13:nonroot
COPY --from=build /app/target/*.jar /app/
CMD ["/app/calculator-1.0.0.jar"]
