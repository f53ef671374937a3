# fails: jre-runtime
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN mvn -B package

# :debug ships the JDK (javac) and BusyBox: a debugging image, not the runtime to ship.
FROM gcr.io/distroless/java21-debian13:debug
COPY --from=build /app/target/calculator-1.0.0.jar /app.jar
CMD ["/app.jar"]
