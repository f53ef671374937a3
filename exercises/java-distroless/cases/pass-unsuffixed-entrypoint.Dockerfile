FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B package

FROM gcr.io/distroless/java21
COPY --from=build /app/target/calculator-1.0.0.jar /app/app.jar
WORKDIR /app
# Writing the entrypoint out is fine too: it is exactly the image's own.
ENTRYPOINT ["/usr/bin/java", "-jar", "app.jar"]
