FROM python:3.13-slim AS builder
WORKDIR /app
RUN python -m venv .venv
COPY requirements.txt .
RUN .venv/bin/pip install -r requirements.txt

FROM python:3.13-slim
WORKDIR /app
COPY --from=builder /app/.venv /app/.venv
COPY calculator.py .
CMD [".venv/bin/python", "calculator.py"]
