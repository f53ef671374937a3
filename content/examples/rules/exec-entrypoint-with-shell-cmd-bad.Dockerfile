FROM python:3.12-slim
WORKDIR /app
COPY . .
USER 10001
ENTRYPOINT ["python"]
CMD app.py --port 8000
