# fails: builds
FROM python:3.13-slim AS builder
RUN python -m venv /opt/venv
RUN /opt/venv/bin/pip install -r requirements.txt
COPY requirements.txt .

FROM python:3.13-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
