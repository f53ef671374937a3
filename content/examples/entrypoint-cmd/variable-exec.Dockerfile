FROM python:3.12-slim
WORKDIR /app
COPY server.py .
ENV PORT=8000
USER 10001
# No shell, so nobody expands $PORT: the program receives the five characters "$PORT".
CMD ["python", "server.py", "--port", "$PORT"]
