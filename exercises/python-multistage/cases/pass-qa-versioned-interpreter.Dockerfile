FROM python:3.13-slim AS builder
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /app
COPY calculator.py .
CMD ["python3.13", "calculator.py"]
