FROM python:3.12-slim
WORKDIR /app
COPY . .
USER 10001
ENTRYPOINT ["python", "app.py"]
CMD ["--port", "8000"]
