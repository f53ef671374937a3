FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --no-cache-dir --target=/deps -r requirements.txt

FROM gcr.io/distroless/python3-debian13
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY calculator.py .
CMD ["calculator.py"]
