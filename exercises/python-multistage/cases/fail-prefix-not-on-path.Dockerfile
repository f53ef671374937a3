# fails: deps-reachable
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /install /install
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
