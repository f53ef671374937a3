# fails: final-distroless
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
