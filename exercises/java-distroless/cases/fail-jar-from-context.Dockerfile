# fails: runs-built-jar
FROM eclipse-temurin:21-jre
WORKDIR /app
# There is no jar in the build context: the build has to produce it.
COPY target/calculator-1.0.0.jar app.jar
CMD ["java", "-jar", "app.jar"]
