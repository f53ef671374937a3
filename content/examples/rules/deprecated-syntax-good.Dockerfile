FROM python:3.12-slim
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
ENV APP_HOME=/srv/app
WORKDIR $APP_HOME
COPY . .
USER 10001
CMD ["python", "app.py"]
