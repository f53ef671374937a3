FROM maven:3.9-eclipse-temurin-17 AS builder
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests clean package

FROM gcr.io/distroless/java17-debian13:nonroot
WORKDIR /app
COPY --from=builder /src/target/calculator-1.0.0.jar calculator.jar
CMD ["calculator.jar"]
