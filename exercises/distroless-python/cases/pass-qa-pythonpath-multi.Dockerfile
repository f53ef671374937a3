FROM python:3.13-slim AS builder
WORKDIR /src
COPY requirements.txt .
RUN python -m pip install --target ./vendor -r requirements.txt

FROM gcr.io/distroless/python3:nonroot
WORKDIR /app
COPY --from=builder /src/vendor ./vendor
COPY calculator.py .
ENV PYTHONPATH=/app:/app/vendor
CMD ["calculator.py"]
