FROM python:3.13-slim AS builder
COPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv
WORKDIR /app
COPY requirements.txt .
RUN uv venv && uv pip install -r requirements.txt

FROM python:3.13-slim
WORKDIR /app
COPY --from=builder /app/.venv /app/.venv
COPY calculator.py .
ENV PATH="/app/.venv/bin:$PATH"
CMD ["python", "calculator.py"]
