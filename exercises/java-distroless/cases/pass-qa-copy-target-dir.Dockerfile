FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B -DskipTests verify

FROM gcr.io/distroless/java21-debian13:nonroot
COPY --from=build /app/target /app/target
CMD ["/app/target/calculator-1.0.0.jar"]
