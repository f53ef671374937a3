FROM python:3.13-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1
WORKDIR /app

FROM base AS builder
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install -r requirements.txt

FROM base
COPY --from=builder /venv /venv
COPY calculator.py .
CMD ["/venv/bin/python", "calculator.py"]
