ARG APP_VERSION=1.4.2
FROM eclipse-temurin:21-jre
ARG APP_VERSION
WORKDIR /app
COPY target/app-${APP_VERSION}.jar /app/app.jar
USER 10001
CMD ["java", "-jar", "/app/app.jar"]
