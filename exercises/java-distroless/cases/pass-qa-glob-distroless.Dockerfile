FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
RUN mvn -B package -DskipTests
RUN cp target/calculator-*.jar /build/app.jar

FROM gcr.io/distroless/java21-debian13
COPY --from=build /build/app.jar /app.jar
CMD ["/app.jar"]
