# fails: runs-built-jar
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B package

FROM gcr.io/distroless/java21-debian13
COPY --from=build /app/target/calculator-1.0.0.jar /app.jar
# Shell form needs /bin/sh, which distroless does not have.
CMD /app.jar
