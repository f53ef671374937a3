from maven:3.9-eclipse-temurin-21 as build
workdir /usr/src/app
copy pom.xml ./
copy src ./src
run mvn --batch-mode package -DskipTests

from eclipse-temurin:21-jre-noble
copy --from=build /usr/src/app/target/calculator-1.0.0.jar /usr/app/calculator.jar
cmd ["java", "-jar", "/usr/app/calculator.jar"]
