FROM gcr.io/distroless/java21-debian13:nonroot
WORKDIR /app
COPY target/app.jar app.jar
CMD ["app.jar"]
