# fails: deps-reachable
FROM python:3.13-slim AS builder
ENV VIRTUAL_ENV=/opt/venv
RUN python -m venv $VIRTUAL_ENV
COPY requirements.txt .
RUN $VIRTUAL_ENV/bin/pip install -r requirements.txt

FROM python:3.13-slim
ENV VIRTUAL_ENV=/opt/venv
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
