FROM python:3.12-slim
WORKDIR /app
COPY server.py .
USER 10001
# BuildKit reads the first JSON array and ignores the rest of the line.
CMD ["python", "server.py"] --port 8000
