# fails: deps-reachable
FROM python:3.13 AS builder
WORKDIR /app
COPY . .

FROM python:3.13-slim
WORKDIR /app
COPY --from=builder /app /app
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "calculator.py"]
