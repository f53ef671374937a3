FROM python:3.12-slim
WORKDIR /app
COPY . .
USER 10001
CMD ["python app.py"]
