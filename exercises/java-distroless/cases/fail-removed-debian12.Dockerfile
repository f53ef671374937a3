# fails: jre-runtime
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /app
COPY . .
RUN mvn -B package

# java17-debian12 is no longer built (no security fixes): use java17-debian13.
FROM gcr.io/distroless/java17-debian12
COPY --from=build /app/target/calculator-1.0.0.jar /app.jar
CMD ["/app.jar"]
