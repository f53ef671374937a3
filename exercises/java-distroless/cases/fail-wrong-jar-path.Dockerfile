# fails: runs-built-jar
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B package

FROM gcr.io/distroless/java21-debian13
WORKDIR /app
COPY --from=build /app/target/calculator-1.0.0.jar .
# The jar is /app/calculator-1.0.0.jar; /app/app.jar does not exist.
CMD ["app.jar"]
