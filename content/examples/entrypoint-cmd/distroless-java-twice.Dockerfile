FROM gcr.io/distroless/java21-debian13:nonroot
WORKDIR /app
COPY target/app.jar app.jar
# The image's ENTRYPOINT is already ["/usr/bin/java", "-jar"].
CMD ["java", "-jar", "app.jar"]
