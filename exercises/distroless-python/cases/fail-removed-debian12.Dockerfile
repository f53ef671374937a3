# fails: final-distroless
FROM python:3.11-slim AS builder
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM gcr.io/distroless/python3-debian12
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
COPY calculator.py /app/
CMD ["/app/calculator.py"]
