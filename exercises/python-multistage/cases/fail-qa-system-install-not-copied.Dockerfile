# fails: deps-reachable
FROM python:3.13 AS builder
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.13-slim
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
