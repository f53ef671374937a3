# fails: deps-reachable
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /install /install
ENV PYTHONPATH=/install/lib/python3.12/site-packages
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
