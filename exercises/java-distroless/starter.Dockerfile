# One stage: the image that runs the calculator is the Maven build image, with Maven, the JDK
# (javac), git and a whole Ubuntu userland.
FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B package
CMD ["java", "-jar", "target/calculator-1.0.0.jar"]
