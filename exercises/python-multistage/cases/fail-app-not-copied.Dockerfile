# fails: runs-calculator
FROM python:3.13-slim AS builder
WORKDIR /app
COPY . .
RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
CMD ["python", "calculator.py"]
