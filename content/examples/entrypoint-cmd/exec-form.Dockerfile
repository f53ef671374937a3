FROM python:3.12-slim
WORKDIR /app
COPY server.py .
USER 10001
# Exec form: a JSON array, stored and run exactly as written.
CMD ["python", "server.py", "--port", "8000"]
