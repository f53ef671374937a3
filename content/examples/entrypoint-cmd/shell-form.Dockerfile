FROM python:3.12-slim
WORKDIR /app
COPY server.py .
USER 10001
# Shell form: Docker stores ["/bin/sh", "-c", "python server.py --port 8000"].
CMD python server.py --port 8000
