FROM python:3.12-slim
WORKDIR /app
COPY server.py .
USER 10001
# The fixed part: always run the server.
ENTRYPOINT ["python", "server.py"]
# The default arguments: replaced by whatever follows the image name in docker run.
CMD ["--port", "8000"]
