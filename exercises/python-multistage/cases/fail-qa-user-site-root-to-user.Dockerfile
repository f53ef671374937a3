# fails: deps-reachable
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt

FROM python:3.13-slim
RUN useradd --create-home app
COPY --from=builder /root/.local /root/.local
USER app
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
