FROM python:3.12-slim-bookworm AS builder
WORKDIR /app
COPY requirements.txt .
RUN python3 -m venv /venv && /venv/bin/pip install -r requirements.txt
COPY calculator.py .

FROM python:3.12-slim
COPY --from=builder /venv /venv
COPY --from=builder /app/calculator.py /app/calculator.py
CMD ["/venv/bin/python", "-u", "/app/calculator.py"]
