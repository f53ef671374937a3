FROM python:3.12-slim
WORKDIR /app
COPY calculator.py .
USER 10001
# No CMD and no ENTRYPOINT here: the base image's CMD ["python3"] is inherited.
