# fails: deps-reachable
FROM python:3.13-slim AS builder
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt

FROM python:3.13-slim
WORKDIR /app
COPY --from=builder /app /app
CMD ["python", "calculator.py"]
