FROM eclipse-temurin:21-jre
WORKDIR /app
COPY target/app.jar app.jar
# Nothing else: what does the container run?
