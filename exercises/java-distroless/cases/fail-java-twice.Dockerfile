# fails: starts
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B package

FROM gcr.io/distroless/java21-debian13
COPY --from=build /app/target/calculator-1.0.0.jar /app/app.jar
# The image's ENTRYPOINT is already java -jar: this runs java -jar java -jar /app/app.jar.
CMD ["java", "-jar", "/app/app.jar"]
