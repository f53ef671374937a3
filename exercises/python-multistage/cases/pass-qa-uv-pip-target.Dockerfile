FROM python:3.13-slim AS builder
COPY --from=ghcr.io/astral-sh/uv:latest /uv /usr/local/bin/uv
COPY requirements.txt .
RUN uv pip install --target /deps -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY calculator.py .
CMD ["python3", "calculator.py"]
