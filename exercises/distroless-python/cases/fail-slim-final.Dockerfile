# fails: final-distroless
FROM python:3.13 AS builder
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
COPY calculator.py /app/
CMD ["python", "/app/calculator.py"]
