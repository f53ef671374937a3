# Installing next to the script works too: Python puts the script's directory on sys.path.
FROM python:3.13-slim AS builder
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir --target=/app -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /app /app
CMD ["python", "/app/calculator.py"]
