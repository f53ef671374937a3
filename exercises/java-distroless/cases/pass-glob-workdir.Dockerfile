FROM maven:3.9-eclipse-temurin-17 AS builder
WORKDIR /src
COPY . .
RUN mvn -B clean package

FROM gcr.io/distroless/java17-debian13
WORKDIR /app
COPY --from=builder /src/target/*.jar app.jar
CMD ["app.jar"]
