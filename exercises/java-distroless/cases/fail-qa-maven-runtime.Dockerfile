# fails: jre-runtime
FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY . .
RUN mvn -B -DskipTests package
CMD ["java", "-jar", "target/calculator-1.0.0.jar"]
