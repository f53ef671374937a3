# fails: deps-reachable
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install -r requirements.txt

FROM gcr.io/distroless/python3-debian13
WORKDIR /app
COPY calculator.py .
CMD ["calculator.py"]
